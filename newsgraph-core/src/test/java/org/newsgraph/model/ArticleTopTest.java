package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The top of an article: its short lines, up to the first paragraph or a number of lines. */
class ArticleTopTest {

    private static final String PARAGRAPH = "The ferry resumed service on Tuesday after a week of storms had kept it in "
            + "port, the operator said in a statement, and more sailings are planned.";

    @Test
    void endsWithTheFirstParagraphAndGivesWhereEachLineAndItsFirstWordStand() {
        String text = "By Anna Berg\n\n  March 3, 2021\n" + PARAGRAPH + "\nA second paragraph of the story follows here.";

        List<ArticleTop.Line> lines = ArticleTop.defaults().lines(text);

        assertThat(lines).extracting(ArticleTop.Line::text).containsExactly("By Anna Berg", "March 3, 2021", PARAGRAPH);
        assertThat(lines).extracting(ArticleTop.Line::paragraph).containsExactly(false, false, true);
        ArticleTop.Line date = lines.get(1);
        assertThat(text.substring(date.start(), date.end())).isEqualTo("  March 3, 2021");
        assertThat(text.substring(date.head())).startsWith("March 3");
        assertThat(date.holds(date.start())).isTrue();
        assertThat(date.holds(date.end())).isFalse();
    }

    @Test
    void readsAtMostItsNumberOfLinesBeforeAParagraph() {
        String text = "one\ntwo\nthree\nfour\n" + PARAGRAPH;

        assertThat(new ArticleTop(3, 25).lines(text)).extracting(ArticleTop.Line::text).containsExactly("one", "two", "three");
        assertThat(new ArticleTop(6, 25).lines(text)).hasSize(5);
        assertThat(ArticleTop.defaults().lines("")).isEmpty();
        assertThat(ArticleTop.defaults().lines("\n \n")).isEmpty();
    }

    @Test
    void refusesATopWithoutLinesOrParagraphsOfOneWord() {
        assertThatThrownBy(() -> new ArticleTop(0, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArticleTop(6, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
