package org.newsgraph.ingest;

import java.util.List;
import org.newsgraph.model.Rejection;

/** The files found for a run, in reading order, and the inputs already rejected while looking. */
public record InputPlan(List<InputFile> files, List<Rejection> rejections) {

    public InputPlan {
        files = List.copyOf(files);
        rejections = List.copyOf(rejections);
    }
}
