package org.newsgraph.app.entities;

import java.util.List;
import java.util.Set;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusStep;
import org.newsgraph.model.EntityIdAssignment;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.resolve.EntityIdKeeper;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;

/**
 * Brings the store's corpus entities up to date with its articles: resolves every stored article
 * again, gives the entities the ids their members had, and replaces the table in one transaction.
 * Resolving the whole corpus, not only the new articles, lets a new article join two entities
 * that were apart; it is skipped when no article with entities came since the last update.
 */
public final class EntityUpdater implements CorpusStep<EntityUpdate> {

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
        if (table.isUpToDate()) {
            return new EntityUpdate(false, table.count(), List.of());
        }
        List<StoredArticle> articles = store.articles();
        EntityIdAssignment assigned = keeper.assign(resolver.resolve(articles), table.assignment(), table.nextId());
        long newest = articles.stream().mapToLong(StoredArticle::id).max().orElse(0);
        table.replace(assigned.entities(), assigned.merges(), newest);
        return new EntityUpdate(true, assigned.entities().size(), assigned.merges());
    }
}
