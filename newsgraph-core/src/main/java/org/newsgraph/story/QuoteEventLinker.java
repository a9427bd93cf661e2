package org.newsgraph.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.Span;

/**
 * Ties a quote to the event it is about: the event whose evidence sentence in the quote's
 * article overlaps the quote most (the first such event on a tie: main events come first), else
 * the main event of the article's cluster, else none.
 */
public final class QuoteEventLinker {

    private final Map<Long, List<Told>> told = new HashMap<>();
    private final Map<Long, CorpusEvent> mainOf = new HashMap<>();

    /** @param events the corpus events, each cluster's main event first */
    public QuoteEventLinker(List<CorpusEvent> events) {
        for (CorpusEvent e : events) {
            e.evidence().forEach(ev -> told.computeIfAbsent(ev.article(), a -> new ArrayList<>()).add(new Told(e, ev.span())));
            if (e.isMain()) {
                e.articles().forEach(a -> mainOf.put(a, e));
            }
        }
    }

    /** The event a quote of this article at this span belongs to. */
    public Optional<CorpusEvent> eventOf(long article, Span quote) {
        CorpusEvent best = null;
        int most = 0;
        for (Told t : told.getOrDefault(article, List.of())) {
            int overlap = Math.min(t.sentence().end(), quote.end()) - Math.max(t.sentence().start(), quote.start());
            if (overlap > most) {
                most = overlap;
                best = t.event();
            }
        }
        return Optional.ofNullable(best).or(() -> Optional.ofNullable(mainOf.get(article)));
    }

    private record Told(CorpusEvent event, Span sentence) {}
}
