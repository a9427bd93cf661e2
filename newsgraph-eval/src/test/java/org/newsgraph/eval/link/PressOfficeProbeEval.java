package org.newsgraph.eval.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.eval.corpora.JsonFile;
import org.newsgraph.eval.events.AnalysedCorpus;
import org.newsgraph.eval.events.PressEventScore;
import org.newsgraph.eval.events.RunTiming;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Folders;

/**
 * The event of each of 40 press releases written for newsgraph (test resources
 * {@code press-office-probes/}: 24 in the style of one presidential office, 16 in another's, none
 * from a corpus), against the call or meeting its headline states, scored as press-ua is
 * ({@link PressEventScore}). They name the other side as press offices do, office, place and name
 * run together ("President of the Republic of Korea Moon Jae-in", "Prime Minister of Mongolia
 * Ukhnaagiin Khurelsukh"), with names the recogniser misses. The office-holder rules were written
 * against them, so this is tuned data: it guards those rules end to end with the real recogniser,
 * it is no measure of unseen news (docs/quality.md).
 */
class PressOfficeProbeEval {

    private static final Path STORE = Path.of("target", "press-office-probes");
    /** 0.975 (39 of 40) when pinned: one release is taken for a near copy of another (docs/quality.md). */
    private static final double TYPE = 0.95;
    private static final double ACTOR = 0.95;
    /** 0.925 (37 of 40) when pinned. */
    private static final double COUNTERPART = 0.88;
    /** 0.900 (36 of 40) when pinned. */
    private static final double WHOLE = 0.85;

    private static PressEventScore.Result result;

    @BeforeAll
    static void score() throws Exception {
        Path folder = Path.of(PressOfficeProbeEval.class.getResource("/press-office-probes/gold.json").toURI()).getParent();
        JsonNode documents = JsonFile.read(folder.resolve("gold.json")).get("documents");
        Folders.delete(STORE);
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        try (ArticleStore store = newsgraph.openStore(STORE)) {
            AnalysedCorpus.analyse(newsgraph, newsgraph.coreNlp(() -> { }), texts(folder), store,
                    new RunTiming.Listener(100, line -> System.out.println("probes: " + line)));
            result = PressEventScore.score(new ExportReader().whole(store), documents, file -> true);
        }
        System.out.println("PressOfficeProbeEval: " + result);
    }

    @Test
    void everyProbeHasAStatedEventAndIsScored() {
        assertThat(result.checks().get("type").applies()).isEqualTo(40);
        assertThat(result.checks().get("counterpart").applies()).isEqualTo(40);
    }

    @Test
    void theOtherSideIsFoundWhereTheRecogniserMissesOrJoinsItsName() {
        assertThat(result.rate("type")).isGreaterThanOrEqualTo(TYPE);
        assertThat(result.rate("actor")).isGreaterThanOrEqualTo(ACTOR);
        assertThat(result.rate("counterpart")).isGreaterThanOrEqualTo(COUNTERPART);
        assertThat(result.rate("whole")).isGreaterThanOrEqualTo(WHOLE);
    }

    private static List<Path> texts(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
