package org.newsgraph.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.dedup.InMemorySeenArticles;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.cluster.InMemoryEventClusters;
import org.newsgraph.store.EventClusters;

/** A store in a list, for fast unit tests of what uses the store port. */
public final class InMemoryArticleStore implements ArticleStore {

    private final List<StoredArticle> articles = new ArrayList<>();
    private final Set<Rejection> rejections = new LinkedHashSet<>();
    private final SeenArticles seen = new InMemorySeenArticles();
    private final CorpusEntities entities = new InMemoryCorpusEntities(this);
    private final EventClusters clusters = new InMemoryEventClusters();
    private final CorpusEvents events = new InMemoryCorpusEvents();
    private long nextId = 1;
    private boolean closed;

    @Override
    public synchronized Optional<Known> find(String contentHash, String sourceKey) {
        return articles.stream()
                .filter(s -> s.article().contentHash().equals(contentHash)
                        && s.article().source().sourceKey().equals(sourceKey))
                .findFirst()
                .map(s -> new Known(s.id(), s.article().status()));
    }

    @Override
    public synchronized Optional<Long> firstWithContent(String contentHash) {
        return articles.stream()
                .filter(s -> s.article().contentHash().equals(contentHash) && s.article().status() == ArticleStatus.OK)
                .map(StoredArticle::id)
                .findFirst();
    }

    @Override
    public synchronized long save(AnalyzedArticle article) {
        Optional<Known> known = find(article.contentHash(), article.source().sourceKey());
        if (known.isPresent() && known.get().status() != ArticleStatus.FAILED) {
            throw new IllegalStateException("already stored: " + article.source().sourceKey());
        }
        known.ifPresent(k -> articles.removeIf(s -> s.id() == k.id()));
        long id = nextId++;
        articles.add(new StoredArticle(id, article));
        return id;
    }

    @Override
    public synchronized void recordRejection(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public SeenArticles seenArticles() {
        return seen;
    }

    @Override
    public EventClusters eventClusters() {
        return clusters;
    }

    @Override
    public CorpusEntities corpusEntities() {
        return entities;
    }

    @Override
    public CorpusEvents corpusEvents() {
        return events;
    }

    @Override
    public synchronized List<StoredArticle> articles() {
        return List.copyOf(articles);
    }

    @Override
    public synchronized List<StoredArticle> articles(Collection<Long> ids) {
        Set<Long> wanted = Set.copyOf(ids);
        return articles.stream().filter(s -> wanted.contains(s.id())).toList();
    }

    @Override
    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    @Override
    public synchronized int articlesOutsideCorpusModel() {
        Set<Long> placed = clusters.assignment().keySet();
        Set<Long> resolved = entities.assignment().keySet().stream().map(EntityRef::article).collect(Collectors.toSet());
        return (int) articles.stream()
                .filter(s -> s.article().status() == ArticleStatus.OK || s.article().status() == ArticleStatus.DUPLICATE)
                .filter(s -> !placed.contains(s.id()) || !s.article().entities().isEmpty() && !resolved.contains(s.id()))
                .count();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
