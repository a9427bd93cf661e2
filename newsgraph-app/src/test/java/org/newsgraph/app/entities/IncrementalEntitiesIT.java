package org.newsgraph.app.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * The example articles analysed one run an article, each run extending the stored entities, give
 * the corpus entities one run over all of them gives: the same names, types and members. One
 * difference is inherent, and pinned here: a rare spelling that the first article alone has the
 * typo rule join to a well attested one stays joined when later articles attest it too (an
 * extension adds and merges, never splits); a whole resolution keeps the two apart then.
 */
class IncrementalEntitiesIT {

    @TempDir
    Path temp;

    private final Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults().withThreads(1));

    @Test
    void oneRunAnArticleGivesTheEntitiesOfOneRunOverAllButForTypoJoinsOfEarlierRuns() {
        List<Path> articles = Seeds.files();
        NlpAnnotator corenlp = newsgraph.coreNlp(() -> { });
        List<CorpusEntity> whole;
        try (ArticleStore store = newsgraph.openStore(temp.resolve("whole"))) {
            newsgraph.analyzer().analyze(articles, store, corenlp, ProgressListener.SILENT);
            whole = store.corpusEntities().entities();
        }
        List<CorpusEntity> incremental;
        try (ArticleStore store = newsgraph.openStore(temp.resolve("incremental"))) {
            for (Path article : articles) {
                newsgraph.analyzer().analyze(List.of(article), store, corenlp, ProgressListener.SILENT);
            }
            assertThat(store.corpusEntities().isUpToDate()).isTrue();
            incremental = store.corpusEntities().entities();
        }
        assertThat(whole).hasSizeGreaterThan(20);
        Map<EntityRef, CorpusEntity> wholeOf = new HashMap<>();
        whole.forEach(e -> e.cluster().members().forEach(m -> wholeOf.put(m, e)));
        int same = 0;
        for (CorpusEntity e : incremental) {
            Set<CorpusEntity> parts = e.cluster().members().stream().map(wholeOf::get).collect(Collectors.toSet());
            assertThat(parts).as("every member of %s is in the whole run's entities", e.cluster().name())
                    .doesNotContainNull();
            Set<EntityRef> union = parts.stream().flatMap(p -> p.cluster().members().stream()).collect(Collectors.toSet());
            assertThat(Set.copyOf(e.cluster().members())).as("%s is whole entities of the whole run", e.cluster().name())
                    .isEqualTo(union);
            if (parts.size() == 1) {
                assertThat(describe(e)).isEqualTo(describe(parts.iterator().next()));
                same++;
            } else {
                assertThat(e.cluster().links()).as("%s joins entities of the whole run only by a typo", e.cluster().name())
                        .anyMatch(link -> link.startsWith("typo: "));
            }
        }
        assertThat(same).as("entities equal to the whole run's").isGreaterThanOrEqualTo(whole.size() - 2);
    }

    /** An entity as name, type and members (article id and index), without its id. */
    private static String describe(CorpusEntity e) {
        return e.cluster().name() + " " + e.cluster().type() + " " + e.cluster().members();
    }
}
