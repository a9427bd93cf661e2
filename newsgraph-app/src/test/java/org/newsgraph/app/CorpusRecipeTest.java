package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.analyze.CorpusUpdate;
import org.newsgraph.app.clusters.ReclusterWindow;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusPipeline;
import org.newsgraph.app.corpus.CorpusStep;
import org.newsgraph.cluster.ReclusterRule;
import org.newsgraph.testkit.InMemoryArticleStore;

/** The composition root's corpus recipes pass their own check, and leave no part of the model behind. */
class CorpusRecipeTest {

    private final Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
    private final InMemoryArticleStore store = new InMemoryArticleStore();

    @Test
    void analyzeBringsEveryPartOfTheCorpusModelUpToDateFromTheArticles() {
        CorpusPipeline recipe = newsgraph.corpusRecipe(store);

        assertThat(written(recipe)).isEqualTo(EnumSet.complementOf(EnumSet.of(CorpusPart.ARTICLES)));
    }

    @Test
    void reclusterWritesTheClustersAndWhatIsMadeOfThemButNotTheEntities() {
        CorpusPipeline recipe = newsgraph.reclusterRecipe(store, ReclusterWindow.all(), ReclusterRule.bundled(), line -> { });

        assertThat(written(recipe)).containsExactlyInAnyOrder(CorpusPart.CLUSTERS, CorpusPart.EVENTS, CorpusPart.STORIES);
    }

    @Test
    void anEmptyStoreRunsThroughWithNothingToDo() {
        CorpusUpdate update = newsgraph.analyzer().updateCorpus(store);

        assertThat(update.entities().entities()).isZero();
        assertThat(update.clusters().placed()).isZero();
        assertThat(update.clusters().recluster()).as("nothing placed, no window").isNull();
        assertThat(update.events().stories()).isZero();
    }

    private static Set<CorpusPart> written(CorpusPipeline recipe) {
        Set<CorpusPart> parts = EnumSet.noneOf(CorpusPart.class);
        recipe.steps().stream().map(CorpusStep::writes).forEach(parts::addAll);
        return parts;
    }
}
