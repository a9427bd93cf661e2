package org.newsgraph.app.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusStep;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityIdAssignment;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.resolve.EntityIdKeeper;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;

/**
 * Brings the store's corpus entities up to date with its articles. The articles stored since the
 * last update are resolved beside stand-ins of the stored entities they may join
 * ({@link EntityExtension}): their entities join stored ones or are added, stored ones merge, and
 * only those rows are written, in one transaction; articles without entities move the frontier
 * too, so that the articles after it are the ones no update has seen. The whole corpus is resolved
 * again, and the table replaced, when it was made by other rules of the resolver or was never made.
 */
public final class EntityUpdater implements CorpusStep<EntityUpdate> {

    /** The new articles read at a time. */
    private static final int PAGE = 500;

    private final EntityResolver resolver;
    private final EntityIdKeeper keeper;
    private final ArticleStore store;

    public EntityUpdater(EntityResolver resolver, EntityIdKeeper keeper, ArticleStore store) {
        this.resolver = resolver;
        this.keeper = keeper;
        this.store = store;
    }

    @Override
    public Set<CorpusPart> reads() {
        return Set.of(CorpusPart.ARTICLES);
    }

    @Override
    public Set<CorpusPart> writes() {
        return Set.of(CorpusPart.ENTITIES);
    }

    @Override
    public EntityUpdate update() {
        CorpusEntities table = store.corpusEntities();
        if (table.rules() != EntityResolver.RULES || table.resolvedThrough() == 0 && !table.isUpToDate()) {
            return resolveAll(table);
        }
        List<StoredArticle> fresh = newArticles(table);
        if (fresh.isEmpty()) {
            return EntityUpdate.current(table.count());
        }
        EntityExtension.Result extended = new EntityExtension(resolver, keeper, store).extend(fresh);
        boolean named = fresh.stream().anyMatch(a -> !a.article().entities().isEmpty());
        Set<Long> changed = fresh.stream().map(StoredArticle::id).collect(Collectors.toCollection(TreeSet::new));
        if (extended.moved() != null) {
            changed.addAll(extended.moved());
        }
        return new EntityUpdate(named, table.count(), extended.merges(), extended.moved() == null, changed,
                extended.grown().stream().map(CorpusEntity::id).collect(Collectors.toSet()), extended.renamed());
    }

    /** Resolves every stored article again and replaces the table. */
    private EntityUpdate resolveAll(CorpusEntities table) {
        List<StoredArticle> articles = store.articles();
        EntityIdAssignment assigned = keeper.assign(resolver.resolve(articles), table.assignment(), table.nextId());
        long newest = articles.stream().mapToLong(StoredArticle::id).max().orElse(0);
        table.replace(assigned.entities(), assigned.merges(), newest, EntityResolver.RULES);
        return new EntityUpdate(true, assigned.entities().size(), assigned.merges(), true, Set.of(), Set.of(), Set.of());
    }

    /** The articles stored after the table's frontier, with their entities, in id order. */
    private List<StoredArticle> newArticles(CorpusEntities table) {
        List<StoredArticle> articles = new ArrayList<>();
        long after = table.resolvedThrough();
        for (List<StoredArticle> page = store.articlesAfter(after, PAGE, Set.of(ArticlePart.ENTITIES)); !page.isEmpty();
                page = store.articlesAfter(after, PAGE, Set.of(ArticlePart.ENTITIES))) {
            articles.addAll(page);
            after = page.get(page.size() - 1).id();
        }
        return articles;
    }
}
