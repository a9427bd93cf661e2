package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered recipe of stages, checked when it is built: each stage's requirements must be
 * provided by the stages before it, as CoreNLP checks its annotators, but typed.
 */
public final class Pipeline {

    private final List<Stage> stages;
    private final Set<Facet> provides;

    private Pipeline(List<Stage> stages, Set<Facet> provides) {
        this.stages = List.copyOf(stages);
        this.provides = Set.copyOf(provides);
    }

    /** Starts a recipe for documents that hold only their source. */
    public static Builder builder() {
        return new Builder(Set.of());
    }

    /** Starts a recipe for the documents another one returns: its stages may require what that one provides. */
    public static Builder continuing(Pipeline first) {
        return new Builder(first.provides());
    }

    /** Runs every stage in order. */
    public Document run(Document document) {
        Document current = document;
        for (Stage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Everything a document has after the whole pipeline. */
    public Set<Facet> provides() {
        return provides;
    }

    /** Adds stages one at a time and rejects one whose requirements are not met yet. */
    public static final class Builder {

        private final List<Stage> stages = new ArrayList<>();
        private final EnumSet<Facet> available = EnumSet.of(Facet.SOURCE);

        private Builder(Set<Facet> given) {
            available.addAll(given);
        }

        public Builder then(Stage stage) {
            EnumSet<Facet> missing = EnumSet.noneOf(Facet.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new PipelineContractException("stage " + stage.name() + " requires " + missing
                        + " but no stage before it provides that (available: " + available + ")");
            }
            stages.add(stage);
            available.addAll(stage.provides());
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages, available);
        }
    }
}
