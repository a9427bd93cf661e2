package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Claim;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Reads the quantities an article states ({@link QuantityReader}), what each measures
 * ({@link SubjectReader}) and who states it: the speaker the quote stage gave the quote or the
 * reported speech that holds it, else the speaker its own sentence names ({@link ClaimantFinder});
 * a quantity whose sentence names no speaker is the outlet's. Numbers the annotator tags as dates,
 * times, durations or ordinals, and numbers inside names, are no claims. Works on the cleaned text only, so nothing
 * the cleaner removed (teasers of other articles, captions) becomes a claim.
 */
public final class ClaimExtractor implements Stage {

    private static final Set<String> NOT_QUANTITY_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL");

    private final ClaimWords words = ClaimWords.english();
    private final QuantityReader quantities = new QuantityReader(words);
    private final SubjectReader subjects = new SubjectReader(words);

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.LEMMAS, Facet.NER, Facet.ALIASES, Facet.QUOTES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.CLAIMS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Sentence> sentences = document.nlp().sentences();
        ClaimantFinder claimants = new ClaimantFinder(words, text, sentences, document.entities());
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : sentences) {
            for (Quantity q : quantities.read(text, sentence)) {
                if (!isNumberOfSomethingElse(document, sentence, q)) {
                    Optional<Claimant> speaker = speakerOfQuote(document, q).or(() -> claimants.find(sentence, q.span()));
                    claims.add(claim(text, sentence, q, speaker));
                }
            }
        }
        return document.withClaims(claims);
    }

    private Claim claim(String text, Sentence sentence, Quantity q, Optional<Claimant> speaker) {
        return new Claim(q.span(), q.span().of(text), q.value().doubleValue(),
                q.upper() == null ? null : q.upper().doubleValue(), q.unit(), q.qualifier(),
                speaker.map(Claimant::entity).orElse(Claim.NO_CLAIMANT), speaker.map(Claimant::text).orElse(null),
                subjects.read(text, sentence, q));
    }

    /** The speaker of the attributed quote or reported speech that holds the quantity, if one does. */
    private static Optional<Claimant> speakerOfQuote(Document document, Quantity q) {
        return document.quotes().stream()
                .filter(quote -> quote.attributed() && quote.span().contains(q.span()))
                .findFirst()
                .map(quote -> new Claimant(quote.speaker(), quote.speakerText()));
    }

    /** A date, time, duration or rank by the annotator's tags, or a number inside a name ("Group of 7"). */
    private static boolean isNumberOfSomethingElse(Document document, Sentence sentence, Quantity q) {
        for (Token t : sentence.tokens()) {
            if (t.span().overlaps(q.number()) && NOT_QUANTITY_TAGS.contains(t.ner())) {
                return true;
            }
        }
        for (NameMention name : document.nlp().names()) {
            if (name.span().overlaps(q.number())) {
                return true;
            }
        }
        return false;
    }
}
