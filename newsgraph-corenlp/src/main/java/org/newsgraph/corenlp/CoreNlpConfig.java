package org.newsgraph.corenlp;

/**
 * How the CoreNLP pipeline is set up. Parsed once at the composition root; the adapter turns it into CoreNLP's
 * properties itself, so no property names leave this package.
 *
 * @param timeExpressions run SUTime and the numeric classifiers, which give time expressions (and NUMBER, MONEY,
 *     PERCENT, ORDINAL tags); off, annotation is about twice as fast and the document has no timexes
 * @param fineGrainedNer refine tags (LOCATION to CITY or COUNTRY, MISC to NATIONALITY, TITLE, ...); measured on the
 *     seeds it triples the load time and makes annotation 2.5 times slower, while of about 400 names it changes
 *     only three (and leaves a capital city a PERSON)
 * @param maxSentenceTokens sentences longer than this keep their tokens and lemmas but get no tagging (POS "X", NER
 *     "O"): the tagger and SUTime take minutes on a "sentence" of thousands of tokens, which in news is a scraped
 *     table or garbage
 * @param maxUnbrokenChars stretches of more characters than this without white space are blanked before CoreNLP
 *     sees them: its tokenizer is quadratic in their length (20,000 quotes take 37 s) and they hold no words
 * @param dependencies run the dependency parser ({@code depparse}) too; no rule reads its parse, so it is off but for
 *     {@code bench --depparse}, which measures what it would cost (docs/quality.md: it halves annotation throughput)
 */
public record CoreNlpConfig(boolean timeExpressions, boolean fineGrainedNer, int maxSentenceTokens, int maxUnbrokenChars,
        boolean dependencies) {

    public CoreNlpConfig {
        if (maxSentenceTokens < 1 || maxUnbrokenChars < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxSentenceTokens + ", " + maxUnbrokenChars);
        }
    }

    /** Time expressions on, coarse NER, sentences up to 250 tokens, unbroken stretches up to 500 characters, no parse. */
    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(true, false, 250, 500, false);
    }

    public CoreNlpConfig withTimeExpressions(boolean on) {
        return new CoreNlpConfig(on, fineGrainedNer, maxSentenceTokens, maxUnbrokenChars, dependencies);
    }

    public CoreNlpConfig withFineGrainedNer(boolean on) {
        return new CoreNlpConfig(timeExpressions, on, maxSentenceTokens, maxUnbrokenChars, dependencies);
    }

    public CoreNlpConfig withDependencies(boolean on) {
        return new CoreNlpConfig(timeExpressions, fineGrainedNer, maxSentenceTokens, maxUnbrokenChars, on);
    }
}
