package org.newsgraph.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.app.corpus.CorpusPart.ARTICLES;
import static org.newsgraph.app.corpus.CorpusPart.CLUSTERS;
import static org.newsgraph.app.corpus.CorpusPart.ENTITIES;
import static org.newsgraph.app.corpus.CorpusPart.EVENTS;
import static org.newsgraph.app.corpus.CorpusPart.STORIES;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.PipelineContractException;

class CorpusPipelineTest {

    private final List<String> ran = new ArrayList<>();

    private final Step entities = new Step("Entities", Set.of(ARTICLES), Set.of(ENTITIES));
    private final Step clusters = new Step("Clusters", Set.of(ARTICLES, ENTITIES), Set.of(CLUSTERS));
    private final Step events = new Step("Events", Set.of(ARTICLES, ENTITIES, CLUSTERS), Set.of(EVENTS, STORIES));

    @Test
    void runsEachStepOnceInOrderAndKeepsTheirReports() {
        CorpusPipeline pipeline = CorpusPipeline.from(ARTICLES).then(entities).then(clusters).then(events).build();

        assertThat(ran).as("building runs nothing").isEmpty();
        CorpusRun run = pipeline.run();

        assertThat(ran).containsExactly("Entities", "Clusters", "Events");
        assertThat(run.reports()).containsExactly("Entities done", "Clusters done", "Events done");
        assertThat(pipeline.steps()).containsExactly(entities, clusters, events);
    }

    @Test
    void rejectsStepsInTheWrongOrderNamingTheStepThatShouldComeFirst() {
        assertThatThrownBy(() -> CorpusPipeline.from(ARTICLES).then(clusters).then(entities).then(events).build())
                .isInstanceOf(PipelineContractException.class)
                .hasMessageContaining("corpus step Clusters reads [ENTITIES]")
                .hasMessageContaining("it comes before Entities, which writes that");
        assertThat(ran).isEmpty();
    }

    @Test
    void rejectsAStepReadingWhatNeitherTheStoreNorAnEarlierStepProvides() {
        assertThatThrownBy(() -> CorpusPipeline.from(ARTICLES).then(clusters).build())
                .isInstanceOf(PipelineContractException.class)
                .hasMessageContaining("corpus step Clusters reads [ENTITIES]")
                .hasMessageContaining("available: [ARTICLES]")
                .hasMessageNotContaining("out of order");
    }

    @Test
    void rejectsTwoStepsWritingOnePart() {
        Step recluster = new Step("Recluster", Set.of(ARTICLES, ENTITIES, CLUSTERS), Set.of(CLUSTERS));

        assertThatThrownBy(() -> CorpusPipeline.from(ARTICLES).then(entities).then(clusters).then(recluster).build())
                .isInstanceOf(PipelineContractException.class)
                .hasMessageContaining("corpus steps Clusters and Recluster both write CLUSTERS");
    }

    @Test
    void aStepMayReadAndRewriteWhatTheStoreHoldsCurrent() {
        Step recluster = new Step("Recluster", Set.of(ARTICLES, ENTITIES, CLUSTERS), Set.of(CLUSTERS));

        CorpusRun run = CorpusPipeline.from(ARTICLES, ENTITIES, CLUSTERS).then(recluster).then(events).build().run();

        assertThat(ran).containsExactly("Recluster", "Events");
        assertThat(run.report(String.class)).isEqualTo("Recluster done");
    }

    @Test
    void aReportNoStepGaveIsAnError() {
        CorpusRun run = CorpusPipeline.from(ARTICLES).then(entities).build().run();

        assertThatThrownBy(() -> run.report(Integer.class)).hasMessageContaining("no step of this run reports a Integer");
    }

    /** A step that records that it ran and reports its name. */
    private final class Step implements CorpusStep<String> {
        private final String name;
        private final Set<CorpusPart> reads;
        private final Set<CorpusPart> writes;

        Step(String name, Set<CorpusPart> reads, Set<CorpusPart> writes) {
            this.name = name;
            this.reads = reads;
            this.writes = writes;
        }

        @Override
        public Set<CorpusPart> reads() {
            return reads;
        }

        @Override
        public Set<CorpusPart> writes() {
            return writes;
        }

        @Override
        public String update() {
            ran.add(name);
            return name + " done";
        }

        @Override
        public String name() {
            return name;
        }
    }
}
