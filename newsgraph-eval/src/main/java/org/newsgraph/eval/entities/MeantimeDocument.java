package org.newsgraph.eval.entities;

import java.util.List;
import org.newsgraph.model.NameMention;

/**
 * One MEANTIME article as the resolver's input and the scorer's gold, kept apart: the text
 * rebuilt from its tokens and its name mentions in text order, and beside the i-th mention the
 * gold entity instance it refers to, which only the scorer reads.
 *
 * @param corpus    the MEANTIME topic folder, {@code corpus_airbus} for one
 * @param name      the document's name, unique across the corpora
 * @param instances the gold instance id of each of {@code names}, in the same order
 */
public record MeantimeDocument(String corpus, String name, String text, List<NameMention> names,
        List<String> instances) {

    public MeantimeDocument {
        names = List.copyOf(names);
        instances = List.copyOf(instances);
        if (names.size() != instances.size()) {
            throw new IllegalArgumentException(name + ": " + names.size() + " names but " + instances.size() + " instances");
        }
    }
}
