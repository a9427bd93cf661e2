package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePeriodTest {

    @Test
    void readsDaysMonthsYearsWeeksAndDateTimes() {
        assertThat(DatePeriod.of("2023-04-20")).contains(period("2023-04-20", "2023-04-20"));
        assertThat(DatePeriod.of("2024-02")).contains(period("2024-02-01", "2024-02-29"));
        assertThat(DatePeriod.of("2023")).contains(period("2023-01-01", "2023-12-31"));
        assertThat(DatePeriod.of("2023-W16")).contains(period("2023-04-17", "2023-04-23"));
        assertThat(DatePeriod.of("2023-04-20T10:15")).contains(period("2023-04-20", "2023-04-20"));
    }

    @Test
    void whatNoCalendarPlacesIsNoPeriod() {
        for (String value : new String[] {null, "", "XXXX-04-20", "PRESENT_REF", "P14M", "2023-02-30", "2023-13", "2023-SU"}) {
            assertThat(DatePeriod.of(value)).as(value).isEmpty();
        }
    }

    @Test
    void earlierComesFirstAndOfOneStartTheFinerFirst() {
        DatePeriod april = DatePeriod.of("2023-04").orElseThrow();
        DatePeriod first = DatePeriod.of("2023-04-01").orElseThrow();
        DatePeriod twentieth = DatePeriod.of("2023-04-20").orElseThrow();

        assertThat(first).isLessThan(april);
        assertThat(april).isLessThan(twentieth);
        assertThat(april.contains(twentieth)).isTrue();
        assertThat(april.overlaps(DatePeriod.of("2023").orElseThrow())).isTrue();
        assertThat(twentieth.overlaps(DatePeriod.of("2023-05").orElseThrow())).isFalse();
    }

    private static DatePeriod period(String first, String last) {
        return new DatePeriod(LocalDate.parse(first), LocalDate.parse(last));
    }
}
