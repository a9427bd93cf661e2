package org.newsgraph.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;

/**
 * Which event an article is about, and how it tells the others. The main event is the one its
 * title and lead are about (none when they tell no event the lexicon knows): a trigger of its type
 * in the title (the title's first most), a mention in the lead sentences (the first most), how
 * often it is told, the title's people among its participants, and a place and date of its own;
 * an event set in the past or the future ("will meet", "their last meeting") is main only when
 * there is no other, and one dated only far from the publication day ("the 1991 agreement")
 * never. Another event is mentioned when its clause sets it apart in time, or its date lies more than a few days from
 * the main event's (or the publication day), or after the publication day; else it is reported.
 */
final class Salience {

    private static final double FIRST_TITLE_TRIGGER = 6;
    private static final double OTHER_TITLE_TRIGGER = 3;
    private static final double PER_MENTION = 0.75;
    private static final int COUNTED_MENTIONS = 4;
    private static final int COUNTED_TITLE_PEOPLE = 3;
    private static final double OWN_PLACE_OR_DATE = 0.5;

    private final EventConfig config;

    Salience(EventConfig config) {
        this.config = config;
    }

    /**
     * The index of the main event among the drafts, or -1 when there is none: only an event the
     * lead tells or the headline names can be the article's news, and none whose every date lies
     * more than {@code reportedDays} from the publication day (background: "the 1991 agreement",
     * "its biggest fall since the September 11, 2001 attacks"). An event told in the past or the
     * future is main only when no other is news.
     */
    int main(List<EventDraft> drafts, HeadlineReading headline, Dates dates) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean bestNow = false;
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft d = drafts.get(i);
            if (d.firstSentence() >= config.leadSentences() && headline.types().stream().noneMatch(d::hasType)
                    || background(d, dates)) {
                continue; // the news is what the headline and the lead tell, of its days, not the body's first trigger
            }
            boolean now = d.frame() == EventLexicon.Frame.NOW;
            double score = score(d, headline);
            if ((now && !bestNow) || (now == bestNow && score > bestScore)) {
                best = i;
                bestScore = score;
                bestNow = now;
            }
        }
        return best;
    }

    /**
     * Whether the lead dates the event, and nowhere near the publication day: a later mention's
     * date may be another event of the type's, as {@code DraftAssembler} dates the main event.
     */
    private boolean background(EventDraft d, Dates dates) {
        List<EventDate> known = d.mentionsBefore(config.leadSentences()).stream()
                .map(EventMention::date).filter(EventDate::isKnown).toList();
        return !known.isEmpty() && known.stream().noneMatch(x -> dates.nearPublication(x, config.reportedDays()));
    }

    double score(EventDraft d, HeadlineReading headline) {
        double score = 0;
        for (int k = 0; k < headline.types().size(); k++) {
            if (d.hasType(headline.types().get(k))) {
                score += k == 0 ? FIRST_TITLE_TRIGGER : OTHER_TITLE_TRIGGER;
                break;
            }
        }
        score += Math.max(0, config.leadSentences() + 1 - d.firstSentence());
        score += PER_MENTION * Math.min(d.sentences().size() - 1, COUNTED_MENTIONS);
        score += Math.min(COUNTED_TITLE_PEOPLE, d.participants().keySet().stream().filter(headline.entities()::contains).count());
        score += d.places().isEmpty() ? 0 : OWN_PLACE_OR_DATE;
        score += d.dates().isEmpty() ? 0 : OWN_PLACE_OR_DATE;
        return score;
    }

    /** How an event other than the main one is told, given the main event's date and the publication day. */
    EventSalience of(EventDraft d, EventDate date, EventDate mainDate, Optional<LocalDate> publicationDay) {
        if (d.frame() != EventLexicon.Frame.NOW) {
            return EventSalience.MENTIONED;
        }
        if (!date.isKnown()) {
            return EventSalience.REPORTED;
        }
        Optional<LocalDate[]> range = Dates.range(date.value());
        if (range.isPresent() && publicationDay.isPresent() && range.get()[0].isAfter(publicationDay.get())) {
            return EventSalience.MENTIONED;
        }
        String reference = mainDate.isKnown() && Dates.range(mainDate.value()).isPresent() ? mainDate.value()
                : publicationDay.map(LocalDate::toString).orElse(null);
        Optional<Long> gap = reference == null ? Optional.empty() : Dates.gap(date.value(), reference);
        return gap.isPresent() && gap.get() > config.reportedDays() ? EventSalience.MENTIONED : EventSalience.REPORTED;
    }
}
