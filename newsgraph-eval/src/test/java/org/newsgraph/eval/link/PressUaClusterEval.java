package org.newsgraph.eval.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.events.BCubed;
import org.newsgraph.eval.events.Partition;

/**
 * The product on press-ua (CC BY 4.0, president.gov.ua): 979 releases of one office over nine
 * months, each its own event, analysed with the real recipe into one store ({@link PressUaAnalysis}).
 * What the stream demands is checked on every release: no two releases
 * published more than a week apart share a cluster, and no cluster swallows a week's releases.
 * B-cubed F1 is pinned on the months the link model was fitted on and on the held-out months
 * ({@link LabelledCorpus#PRESS_HELD_OUT_MONTHS}), each a little under what they reach
 * (docs/quality.md).
 */
class PressUaClusterEval {

    /**
     * 0.988 when pinned less about 0.01: measured on 2026-12-07 with the link feature same_outlet and
     * the model and recluster rule fitted again (docs/quality.md "One outlet's reports"); 0.964 before.
     */
    private static final double PINNED_FITTED_F1 = 0.978;
    /**
     * 0.962 when pinned less about 0.01 (2026-12-07, same_outlet); 0.926 before it, 0.934 before
     * analyze reclustered the window of its run (store V13).
     */
    private static final double PINNED_HELD_OUT_F1 = 0.952;
    /**
     * The largest cluster when pinned (5, in the held-out months; 2 in the fitted ones), not more:
     * 9 before same_outlet (2026-12-07). Issue 12 asks for 4: not reached.
     */
    private static final int PINNED_LARGEST = 5;

    private static LabelledCorpus press;
    private static Map<String, String> clusterOf;
    private static Map<String, String> published;

    @BeforeAll
    static void analysePressUa() {
        PressUaAnalysis analysis = PressUaAnalysis.get();
        press = analysis.press;
        clusterOf = analysis.clusterOf;
        published = analysis.published;
    }

    @Test
    void everyReleaseIsStoredAndClustered() {
        assertThat(clusterOf).hasSize(press.eventOf().size());
        assertThat(clusterOf.values()).allMatch(c -> c.startsWith("cluster "));
    }

    @Test
    void noTwoReleasesPublishedMoreThanAWeekApartShareACluster() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        clusterOf.forEach((file, cluster) -> members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(file));
        List<String> far = new ArrayList<>();
        for (List<String> files : members.values()) {
            List<String> days = files.stream().map(published::get).sorted().toList();
            if (ChronoUnit.DAYS.between(LocalDate.parse(days.get(0)), LocalDate.parse(days.get(days.size() - 1))) > 7) {
                far.add(files + " " + days);
            }
        }
        assertThat(far).isEmpty();
        int largest = members.values().stream().mapToInt(List::size).max().orElse(0);
        System.out.println("PressUaClusterEval: " + members.size() + " clusters, the largest of " + largest);
        assertThat(largest).isLessThanOrEqualTo(PINNED_LARGEST);
    }

    @Test
    void bcubedOnTheFittedAndTheHeldOutMonths() {
        BCubed fitted = score(false);
        BCubed heldOut = score(true);
        System.out.println("PressUaClusterEval: B-cubed on the fitted months " + fitted + "; on the held-out months "
                + LabelledCorpus.PRESS_HELD_OUT_MONTHS + " " + heldOut);

        assertThat(fitted.f1()).isGreaterThanOrEqualTo(PINNED_FITTED_F1);
        assertThat(heldOut.f1()).isGreaterThanOrEqualTo(PINNED_HELD_OUT_F1);
    }

    private static BCubed score(boolean heldOut) {
        Map<String, String> predicted = new LinkedHashMap<>();
        Map<String, String> gold = new LinkedHashMap<>();
        press.eventOf().forEach((file, event) -> {
            if (press.heldOut().test(file) == heldOut) {
                predicted.put(file, clusterOf.get(file));
                gold.put(file, event);
            }
        });
        return BCubed.of(new Partition(predicted), new Partition(gold));
    }
}
