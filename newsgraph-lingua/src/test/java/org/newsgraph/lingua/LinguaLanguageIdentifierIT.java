package org.newsgraph.lingua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real Lingua models on short news-like texts. */
class LinguaLanguageIdentifierIT {

    private static final LinguaLanguageIdentifier LINGUA = new LinguaLanguageIdentifier(LinguaConfig.defaults());

    @Test
    void tellsTheLanguagesOfNewsSentences() {
        assertThat(LINGUA.identify("The minister met the mayor in the capital on Thursday to discuss aid.")).contains("en");
        assertThat(LINGUA.identify("Der Minister traf am Donnerstag den Bürgermeister in der Hauptstadt.")).contains("de");
        assertThat(LINGUA.identify("Le ministre a rencontré jeudi le maire de la capitale pour parler de l'aide.")).contains("fr");
        assertThat(LINGUA.identify("Министр встретился с мэром столицы в четверг, чтобы обсудить помощь.")).contains("ru");
        assertThat(LINGUA.identify("Menteri bertemu wali kota di ibu kota pada hari Kamis untuk membahas bantuan.")).contains("id");
    }

    @Test
    void saysNothingWhenThereIsNothingToTell() {
        assertThat(LINGUA.identify("")).isEmpty();
        assertThat(LINGUA.identify("12 345 — 678 !!")).isEmpty();
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(300); j > 0; j--) {
                s.append((char) random.nextInt(0x3000));
            }
            assertThat(LINGUA.identify(s.toString())).isNotNull();
        }
    }

    @Test
    void rejectsAnUnknownLanguageCodeByName() {
        assertThatThrownBy(() -> new LinguaConfig(Set.of("en", "xx"), true))
                .hasMessageContaining("'xx'");
    }
}
