package org.newsgraph.model;

import java.util.List;

/** What the NLP annotator found in one text: sentences with tokens, names and time expressions. */
public record NlpDocument(List<Sentence> sentences, List<NameMention> names, List<Timex> timexes) {

    /** Nothing found: the value for a text that was not annotated. */
    public static final NlpDocument EMPTY = new NlpDocument(List.of(), List.of(), List.of());

    public NlpDocument {
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        timexes = List.copyOf(timexes);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
