package org.newsgraph.eval.dedup;

import java.util.List;

/**
 * A real article as a list of sentences, the first being its title.
 *
 * @param name where it came from, for messages
 */
record SourceArticle(String name, List<String> sentences) {

    SourceArticle {
        sentences = List.copyOf(sentences);
    }
}
