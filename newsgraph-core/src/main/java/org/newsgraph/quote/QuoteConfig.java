package org.newsgraph.quote;

/**
 * How quotes are told from terms and how far a quote may run.
 *
 * @param statementWords the number of words from which quoted words are a statement even without
 *                       a speech verb beside them or a full stop inside; fewer make a term (the
 *                       "historic" summit), unless a speech verb reports them or they end a sentence
 * @param maxParagraphs  how many paragraphs after its own a quote left open may continue into
 */
public record QuoteConfig(int statementWords, int maxParagraphs) {

    public QuoteConfig {
        if (statementWords < 1 || maxParagraphs < 0) {
            throw new IllegalArgumentException("statementWords >= 1 and maxParagraphs >= 0");
        }
    }

    public static QuoteConfig defaults() {
        return new QuoteConfig(4, 3);
    }
}
