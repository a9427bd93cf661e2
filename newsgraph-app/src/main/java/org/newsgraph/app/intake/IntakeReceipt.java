package org.newsgraph.app.intake;

import java.util.List;
import org.newsgraph.model.Rejection;

/**
 * What became of articles sent in: how many lines were accepted and queued in {@code batch} (a
 * file of the store's {@code incoming/} folder, null when none was accepted), and each rejected
 * line with its reason ({@code batch.jsonl:LINE}).
 */
public record IntakeReceipt(int accepted, List<Rejection> rejected, String batch) {

    public IntakeReceipt {
        rejected = List.copyOf(rejected);
    }
}
