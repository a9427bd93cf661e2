package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.story.Fixtures.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EventDate;

class ReportDaterTest {

    private final ReportDater dater = new ReportDater();

    @Test
    void theMostConfidentDateWins() {
        assertThat(dater.best(List.of(text("2023-04-19", 0.6), text("2023-04-20", 0.9), text("2023-04-19", 0.6))))
                .isEqualTo(text("2023-04-20", 0.9));
    }

    @Test
    void aDayWithinTheBestMonthRefinesIt() {
        assertThat(dater.best(List.of(text("2023-07", 0.9), text("2023-07-11", 0.6), text("2023-08-01", 0.7))))
                .isEqualTo(text("2023-07-11", 0.6));
    }

    @Test
    void aMissingYearIsTheOneNearestTheAnchorAndNoMoreConfidentThanIt() {
        Optional<ReportDater.Anchor> anchor = Optional.of(new ReportDater.Anchor(LocalDate.of(2024, 1, 3), 0.5));

        assertThat(dater.placed(text("XXXX-12-28", 0.9), anchor)).isEqualTo(new EventDate("2023-12-28", Basis.CLUSTER, 0.5));
        assertThat(dater.placed(text("XXXX-01", 0.9), anchor)).isEqualTo(new EventDate("2024-01", Basis.CLUSTER, 0.5));
        assertThat(dater.placed(text("XXXX-02-29", 0.9), anchor)).as("only 2024 has the day")
                .isEqualTo(new EventDate("2024-02-29", Basis.CLUSTER, 0.5));
    }

    @Test
    void whatNoCalendarCanPlaceIsNoDateThatSaysWhy() {
        assertThat(dater.placed(text("XXXX-04-20", 0.9), Optional.empty()))
                .isEqualTo(EventDate.none("a day without a year (XXXX-04-20)"));
        assertThat(dater.placed(text("PRESENT_REF", 0.9), Optional.empty()))
                .isEqualTo(EventDate.none("a date no calendar can place (PRESENT_REF)"));
        assertThat(dater.best(List.of(EventDate.none()))).isEqualTo(EventDate.none());
    }

    @Test
    void noDateGivesTheReportsReasonsEachOnceWithHowManyGiveIt() {
        EventDate past = EventDate.none("told as past (\"had met\")");
        EventDate week = EventDate.none("timed without a day (\"this week\")");

        assertThat(dater.best(List.of(week)).note()).as("one report's reason as it is")
                .isEqualTo("timed without a day (\"this week\")");
        assertThat(dater.best(List.of(week, past, EventDate.none(), past)).note())
                .isEqualTo("2 reports: told as past (\"had met\"); 1 report: timed without a day (\"this week\")");
        assertThat(dater.best(List.of(past, text("2023-04-20", 0.9))).note()).as("a dated report dates it").isNull();
    }

    @Test
    void manyReasonsNameTheMostGivenAndCountTheRest() {
        List<EventDate> dates = List.of(EventDate.none("a"), EventDate.none("b"), EventDate.none("b"),
                EventDate.none("c"), EventDate.none("d"), EventDate.none("e"));

        assertThat(dater.best(dates).note()).isEqualTo("2 reports: b; 1 report: a; 1 report: c; 2 reports: other reasons");
    }
}
