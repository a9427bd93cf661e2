package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventDateTest {

    @Test
    void noDateMayCarryWhyAndTheCommonNoneCarriesNothing() {
        EventDate why = EventDate.none("told as past (\"had met\")");

        assertThat(why.isKnown()).isFalse();
        assertThat(why.note()).isEqualTo("told as past (\"had met\")");
        assertThat(EventDate.none().note()).isNull();
        assertThat(new EventDate("2024-03-04", Basis.TEXT, 0.9).note()).isNull();
        assertThat(new EventDate(null, Basis.NONE, 0.0)).isEqualTo(EventDate.none());
    }

    @Test
    void aKnownDateHasNoNoteAndANoteSaysSomething() {
        assertThatThrownBy(() -> new EventDate("2024-03-04", Basis.TEXT, 0.9, "told as past"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only no date has a note");
        assertThatThrownBy(() -> EventDate.none(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventDate.none(null)).isInstanceOf(NullPointerException.class);
    }
}
