package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.RuleFile;

class NameLexiconTest {

    private static final NameLexicon LEXICON = NameLexicon.parse(RuleFile.of("test.txt",
            List.of("# comment", "", "ad", "advert*", "*related*", "read-more")));

    private static boolean matches(String classes) {
        return LEXICON.matches(new Element("div").attr("class", classes));
    }

    @Test
    void matchesWholeWordsOfEachClassName() {
        assertThat(matches("ad-slot")).isTrue();
        assertThat(matches("header")).isFalse();
        assertThat(matches("leadBox")).isFalse();
        assertThat(matches("topAd")).isTrue();
    }

    @Test
    void matchesPrefixesAnywhereEntriesAndRunsOfWords() {
        assertThat(matches("advertisement")).isTrue();
        assertThat(matches("morerelatedstories")).isTrue();
        assertThat(matches("c-read_more")).isTrue();
        assertThat(matches("read")).isFalse();
    }

    @Test
    void readsEachClassNameApart() {
        assertThat(matches("read more-x")).isFalse();
    }

    @Test
    void readsTheId() {
        assertThat(LEXICON.matches(new Element("div").attr("id", "sidebarAd"))).isTrue();
    }

    @Test
    void failsNamingFileAndLineOfABadEntry() {
        assertThatThrownBy(() -> NameLexicon.parse(RuleFile.of("names/x.txt", List.of("ok", "not a name"))))
                .hasMessageContaining("names/x.txt:2");
    }

    @Test
    void loadsEveryShippedLexicon() {
        for (String file : List.of("noise.txt", "body.txt", "positive.txt", "negative.txt")) {
            assertThat(NameLexicon.load(file)).isNotNull();
        }
    }
}
