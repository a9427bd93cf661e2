package org.newsgraph.eval.temporal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One MEANTIME article: the text the product reads (tokens joined by spaces, a sentence a line),
 * its document creation time as the anchor, and the gold expressions the scorer reads.
 *
 * @param corpus    the MEANTIME topic folder, {@code corpus_airbus} for one
 * @param annotated where the part of the text whose time expressions MEANTIME annotates ends:
 *                  answers after it are neither right nor wrong
 */
public record TimexArticle(String corpus, String name, String text, Optional<LocalDate> creationTime, List<GoldTimex> gold,
        int annotated) {

    public TimexArticle {
        gold = List.copyOf(gold);
    }
}
