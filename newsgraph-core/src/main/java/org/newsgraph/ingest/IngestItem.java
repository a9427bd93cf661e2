package org.newsgraph.ingest;

import java.util.Objects;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Rejection;

/** What reading an input gives: an article, or the reason there is none. */
public sealed interface IngestItem {

    record Accepted(ArticleSource source) implements IngestItem {
        public Accepted {
            Objects.requireNonNull(source, "source");
        }
    }

    record Rejected(Rejection rejection) implements IngestItem {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
