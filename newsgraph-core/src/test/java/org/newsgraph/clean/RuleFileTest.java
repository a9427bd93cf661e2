package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.DataFileException;
import org.newsgraph.pipeline.RuleFile;

/** Broken rule files fail when read, naming the file and the line. */
class RuleFileTest {

    private static final CleanRules ENGLISH = CleanRules.english();

    @Test
    void readsTheEnglishRules() {
        assertThat(ENGLISH.prompts.matches("share this article")).isTrue();
        assertThat(ENGLISH.prompts.matches("share on facebook")).isTrue();
        assertThat(ENGLISH.prompts.matches("share on a sunny morning the whole town")).isFalse();
    }

    @Test
    void leavesOutCommentsAndBlankLinesAndKeepsLineNumbers() {
        RuleFile file = RuleFile.read(RuleFileTest.class, "broken", "repeated.txt");

        assertThat(file.entries()).extracting(RuleFile.Entry::line).containsExactly(2, 4, 5);
    }

    @Test
    void rejectsAPhraseThatRepeatsAnEarlierOne() {
        assertThatThrownBy(() -> Lexicon.read(RuleFile.read(RuleFileTest.class, "broken", "repeated.txt")))
                .isInstanceOf(DataFileException.class)
                .hasMessage("broken/repeated.txt:5: repeats line 2: Share.");
    }

    @Test
    void rejectsAnEntryWithoutWords() {
        assertThatThrownBy(() -> Lexicon.read(RuleFile.read(RuleFileTest.class, "broken", "nowords.txt")))
                .hasMessage("broken/nowords.txt:2: entry has no words: ...");
    }

    @Test
    void rejectsABadPattern() {
        assertThatThrownBy(() -> PatternList.read(RuleFile.read(RuleFileTest.class, "broken", "badpattern.txt")))
                .hasMessageStartingWith("broken/badpattern.txt:2: bad pattern: Unclosed group");
    }

    @Test
    void rejectsAPatternWithoutTheGroupItMustName() {
        assertThatThrownBy(() -> PatternList.read(RuleFile.read(RuleFileTest.class, "broken", "nogroup.txt"), "outlet"))
                .hasMessage("broken/nogroup.txt:1: pattern lacks the named group (?<outlet>...)");
    }

    @Test
    void rejectsAFileWithoutEntriesOrMissingOrNotUtf8() {
        assertThatThrownBy(() -> RuleFile.read(RuleFileTest.class, "broken", "empty.txt")).hasMessage("broken/empty.txt: no entries");
        assertThatThrownBy(() -> RuleFile.read(RuleFileTest.class, "broken", "absent.txt")).hasMessageStartingWith("broken/absent.txt: no such data file");
        assertThatThrownBy(() -> RuleFile.read(RuleFileTest.class, "broken", "latin1.txt")).hasMessage("broken/latin1.txt: not UTF-8");
    }
}
