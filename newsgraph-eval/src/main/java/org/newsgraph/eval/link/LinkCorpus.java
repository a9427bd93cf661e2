package org.newsgraph.eval.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsgraph.cluster.ArticleProfile;
import org.newsgraph.cluster.ArticleProfiler;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;

/**
 * The articles of one analysed corpus as clustering sees them, in the order they were stored, each
 * with the gold event it reports. Copies are kept with their original's file, as the clusterer
 * places them.
 *
 * @param name     what the corpus is, for reports ("ECB+ fit topics")
 * @param articles the profiled articles, in store order
 */
public record LinkCorpus(String name, List<Item> articles) {

    /** One article: its profile, its file, and the gold event it reports. */
    public record Item(ArticleProfile profile, String file, String event) {}

    public LinkCorpus {
        articles = List.copyOf(articles);
    }

    /** The articles of this corpus whose file {@code keep} accepts, in the same order. */
    public LinkCorpus part(String partName, Predicate<String> keep) {
        return new LinkCorpus(partName, articles.stream().filter(item -> keep.test(item.file())).toList());
    }

    /**
     * The stored articles whose file {@code keep} accepts and the gold knows ({@code eventOf}: file
     * to gold event), profiled as the product profiles them.
     */
    public static LinkCorpus read(String name, ArticleStore store, ArticleProfiler profiler,
            Map<String, String> eventOf, Predicate<String> keep) {
        Map<EntityRef, Long> entityIds = store.corpusEntities().assignment();
        List<Item> items = new ArrayList<>();
        for (StoredArticle s : store.articles()) {
            AnalyzedArticle a = s.article();
            String file = a.source().file();
            if (a.status() != ArticleStatus.OK || !eventOf.containsKey(file) || !keep.test(file)) {
                continue;
            }
            items.add(new Item(profiler.profile(s, entityIds::get), file, eventOf.get(file)));
        }
        return new LinkCorpus(name, items);
    }
}
