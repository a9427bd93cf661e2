package org.newsgraph.temporal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Gives relative time expressions their value on the publication day with the direction their
 * clause's tense gives ("arrived on Wednesday" the latest Wednesday, "will meet on Thursday" the
 * next), and corrects what SUTime gets wrong around year ends (ISO weeks, months without a year).
 * An expression no rule reads keeps SUTime's value; an article without a publication day known to
 * the day keeps all of them.
 */
public final class TimexNormalizer implements Stage {

    private final TenseReader tenses;
    private final RelativeDates dates;

    public TimexNormalizer() {
        TimeWords words = TimeWords.english();
        this.tenses = new TenseReader(words);
        this.dates = new RelativeDates(words);
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TIMEXES, Facet.TOKENS, Facet.POS, Facet.LEMMAS);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.TIMEX_VALUES);
    }

    @Override
    public Document apply(Document document) {
        Optional<LocalDate> anchor = anchorOf(document.source().published());
        if (anchor.isEmpty() || document.nlp().timexes().isEmpty()) {
            return document.withNlp(document.nlp(), provides());
        }
        NlpDocument nlp = document.nlp();
        return document.withNlp(new NlpDocument(nlp.sentences(), nlp.names(), normalised(nlp, anchor.get())), provides());
    }

    /** Each expression in text order; "the day before" counts from the last whole day given before it. */
    private List<Timex> normalised(NlpDocument nlp, LocalDate anchor) {
        List<Timex> out = new ArrayList<>();
        LocalDate narrated = anchor;
        for (Timex timex : nlp.timexes()) {
            Tense tense = tenseOf(nlp.sentences(), timex);
            String value = dates.value(timex.text(), timex.type(), anchor, tense, narrated).orElse(timex.value());
            out.add(value == null || value.equals(timex.value()) ? timex : new Timex(timex.span(), timex.text(), timex.type(), value));
            if (RelativeDates.fullDate(value)) {
                narrated = LocalDate.parse(value.substring(0, 10));
            }
        }
        return out;
    }

    private Tense tenseOf(List<Sentence> sentences, Timex timex) {
        for (Sentence sentence : sentences) {
            if (sentence.span().contains(timex.span())) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < sentence.tokens().size(); i++) {
                    if (timex.span().contains(sentence.tokens().get(i).span())) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                return first < 0 ? Tense.NONE : tenses.tenseAround(sentence.tokens(), first, last);
            }
        }
        return Tense.NONE;
    }

    /** The publication day, when the date is known to the day. */
    private static Optional<LocalDate> anchorOf(PublicationDate published) {
        if (!published.isKnown()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.day()));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // a month or a year only: nothing to anchor a weekday on
        }
    }
}
