package org.newsgraph.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Gives relative time expressions their value on the publication day with the direction their
 * clause's tense gives ("arrived on Wednesday" the latest Wednesday, "will meet on Thursday" the
 * next), and corrects what SUTime gets wrong around year ends (ISO weeks, months without a year).
 * Drops what SUTime misread as time ("a fall in sales"), splits what it joined ("six years on
 * Thursday"), adds what it missed ("mid-2011", "recent", "the past five trading days", see
 * {@link TimexFinder}) and writes values as TIMEX3 does ("T16:15Z"). An expression no rule reads keeps
 * SUTime's value; an article without a publication day known to the day keeps all relative ones.
 */
public final class TimexNormalizer implements Stage {

    /** Where an expression lies: its sentence's tokens and its first and last token there. */
    private record Place(Sentence sentence, int first, int last) {

        static final Place NOWHERE = new Place(null, -1, -1);

        boolean known() {
            return first >= 0;
        }
    }

    private final TenseReader tenses;
    private final RelativeDates dates;
    private final CompoundTimexes compounds;
    private final Misreadings misreadings;
    private final TimexFinder finder;

    public TimexNormalizer() {
        TimeWords words = TimeWords.english();
        this.tenses = new TenseReader(words);
        this.dates = new RelativeDates(words);
        this.compounds = new CompoundTimexes(words);
        this.misreadings = new Misreadings(words);
        this.finder = new TimexFinder(words);
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
        NlpDocument nlp = document.nlp();
        TimexFinder.Found found = finder.find(document.text(), nlp.sentences(), nlp.timexes());
        if (found.timexes().isEmpty()) {
            return document.withNlp(nlp, provides());
        }
        Optional<LocalDate> anchor = document.source().published().wholeDay();
        return document.withNlp(new NlpDocument(nlp.sentences(), nlp.names(), normalised(nlp, found, anchor)), provides());
    }

    /**
     * Each expression in text order, the finder's as it gave them; "the day before" counts from the
     * last whole day given before it.
     */
    private List<Timex> normalised(NlpDocument nlp, TimexFinder.Found all, Optional<LocalDate> anchor) {
        List<Timex> out = new ArrayList<>();
        LocalDate narrated = anchor.orElse(null);
        for (Timex found : all.timexes()) {
            if (all.isOurs(found)) {
                out.add(found);
                continue;
            }
            Place place = placeOf(nlp.sentences(), found);
            if (place.known() && misreadings.misread(place.sentence().tokens(), place.first(), place.last())) {
                continue;
            }
            if (anchor.isEmpty()) {
                out.add(withValue(found, TimeMlValues.canonical(found.value())));
                continue;
            }
            LocalDate day = narrated;
            for (Timex timex : compounds.parts(found, text -> dates.value(text, "DATE", anchor.get(), Tense.NONE, day).isPresent())) {
                Tense tense = tenseOf(timex == found ? place : placeOf(nlp.sentences(), timex));
                String value = dates.value(timex.text(), timex.type(), anchor.get(), tense, narrated).orElse(timex.value());
                value = TimeMlValues.canonical(value);
                out.add(withValue(timex, value));
                if (RelativeDates.fullDate(value)) {
                    narrated = LocalDate.parse(value.substring(0, 10));
                }
            }
        }
        return out;
    }

    private Tense tenseOf(Place place) {
        return place.known() ? tenses.tenseAround(place.sentence().tokens(), place.first(), place.last()) : Tense.NONE;
    }

    private static Timex withValue(Timex timex, String value) {
        return value == null || value.equals(timex.value()) ? timex : new Timex(timex.span(), timex.text(), timex.type(), value);
    }

    private static Place placeOf(List<Sentence> sentences, Timex timex) {
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
                return first < 0 ? Place.NOWHERE : new Place(sentence, first, last);
            }
        }
        return Place.NOWHERE;
    }
}
