package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Span;

class QuoteEventLinkerTest {

    private static final CorpusEvent MAIN = new CorpusEvent(3, 0, "visit", null, EventSalience.MAIN, "Visit",
            EventDate.none(), null, List.of(), List.of(1L, 2L), List.of(new CorpusEvent.Evidence(1, new Span(0, 50))));
    private static final CorpusEvent SUMMIT = new CorpusEvent(3, 1, "summit", null, EventSalience.MENTIONED, "Summit",
            EventDate.none(), null, List.of(), List.of(1L), List.of(new CorpusEvent.Evidence(1, new Span(100, 180))));
    private final QuoteEventLinker linker = new QuoteEventLinker(List.of(MAIN, SUMMIT));

    @Test
    void aQuoteBelongsToTheEventWhoseSentenceHoldsIt() {
        assertThat(linker.eventOf(1, new Span(120, 160))).contains(SUMMIT);
        assertThat(linker.eventOf(1, new Span(40, 130))).as("most of it in the summit's sentence").contains(SUMMIT);
        assertThat(linker.eventOf(1, new Span(10, 20))).contains(MAIN);
    }

    @Test
    void aQuoteElsewhereBelongsToItsClustersEventAndWithoutOneToNone() {
        assertThat(linker.eventOf(1, new Span(300, 320))).contains(MAIN);
        assertThat(linker.eventOf(2, new Span(0, 20))).as("an article without evidence").contains(MAIN);
        assertThat(linker.eventOf(9, new Span(0, 20))).isEmpty();
    }
}
