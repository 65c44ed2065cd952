package org.credence.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.Problem;

/**
 * An ordered list of stages, checked when built: every layer a stage requires must be produced
 * by an earlier stage (or be {@link Layer#SOURCE}, which ingest provides).
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage in order. A stage that throws (a bug, never expected) does not lose the
     * document: the failure is recorded as an error problem and the remaining stages are skipped.
     */
    public Document run(Document document) {
        Document doc = document;
        for (Stage stage : stages) {
            try {
                doc = stage.apply(doc);
            } catch (RuntimeException | StackOverflowError e) {
                return doc.withProblem(new Problem("stage.failed", Problem.Severity.ERROR,
                        "stage " + stage.name() + " failed: " + e, null));
            }
        }
        return doc;
    }

    /** Builds a pipeline and checks the stage order. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the stage and the missing layer when a stage
         *         needs a layer that no earlier stage produces
         */
        public Pipeline build() {
            Set<Layer> have = EnumSet.of(Layer.SOURCE);
            Map<Layer, String> producer = new EnumMap<>(Layer.class);
            List<String> names = new ArrayList<>();
            for (Stage s : stages) {
                if (names.contains(s.name())) {
                    throw new IllegalArgumentException("stage " + s.name() + " added twice");
                }
                names.add(s.name());
                for (Layer need : s.requires()) {
                    if (!have.contains(need)) {
                        throw new IllegalArgumentException("stage " + s.name() + " requires layer "
                                + need + ", which no earlier stage produces; add a stage that produces "
                                + need + " before it");
                    }
                }
                for (Layer l : s.produces()) {
                    have.add(l);
                    producer.putIfAbsent(l, s.name());
                }
            }
            return new Pipeline(stages);
        }
    }
}
