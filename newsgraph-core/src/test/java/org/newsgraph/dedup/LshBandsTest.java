package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Band keys: equal rows give equal keys, a changed row changes its band only. */
class LshBandsTest {

    private final DedupConfig config = new DedupConfig(4, 12, 4, 0.5);
    private final LshBands bands = new LshBands(config);
    private final Signature signature = new Signature(20, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});

    @Test
    void givesOneKeyPerBandNumberedFromZero() {
        assertThat(bands.keys(signature)).extracting(BandKey::band).containsExactly(0, 1, 2, 3);
    }

    @Test
    void changingOneRowChangesOnlyItsBand() {
        int[] changed = signature.mins();
        changed[4] = 99;

        List<BandKey> before = bands.keys(signature);
        List<BandKey> after = bands.keys(new Signature(20, changed));

        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                differing.add(i);
            }
        }
        assertThat(differing).containsExactly(1);
    }

    @Test
    void bandsWithTheSameValuesInDifferentPlacesHaveDifferentKeys() {
        Signature repeated = new Signature(20, new int[] {1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3});

        assertThat(bands.keys(repeated)).extracting(BandKey::bucket).containsOnly(bands.keys(repeated).get(0).bucket());
        assertThat(bands.keys(repeated)).doesNotHaveDuplicates();
    }

    @Test
    void givesNoKeysForAnEmptySignature() {
        assertThat(bands.keys(Signature.EMPTY)).isEmpty();
    }
}
