package org.newsgraph.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Removed;
import org.newsgraph.model.SourceFormat;

/**
 * Checks the title a {@code .txt} file gave by its first line. A first line shaped as body
 * text (a full stop at the end, several sentences, too long) goes back into the text and the
 * title is unknown. A first line set apart by a blank line is a headline by its layout: only
 * its characters bound it, not its words (press releases run past 30 words of headline). A first line the body never prints, while the body prints another headline
 * twice before the story starts, is a slogan; that headline is the title.
 */
final class TitleChecker {

    /** What the check decided: the title (or null), the text, and the first line if it was dropped. */
    record Titled(String title, String text, List<Removed> removed) {}

    /** Longer than this, a first line is body text whatever its words; also bounds the work. */
    private static final int MAX_TITLE_CHARS = 400;
    /** A headline printed twice has at least this many words; fewer is a section label. */
    private static final int MIN_HEADLINE_WORDS = 4;
    /** The top of the page, where a headline may be printed again, ends within this many lines. */
    private static final int MAX_HEAD_LINES = 20;
    /** The story starts with the first full sentence of at least this many words. */
    private static final int MIN_STORY_WORDS = 8;

    private final SentenceBreaks sentences;
    private final int maxTitleWords;

    TitleChecker(SentenceBreaks sentences, int maxTitleWords) {
        this.sentences = sentences;
        this.maxTitleWords = maxTitleWords;
    }

    Titled check(ArticleSource source, String text) {
        String title = source.title();
        if (title == null || !isFirstLineOfTextFile(source)) {
            return new Titled(title, text, List.of());
        }
        if (isBody(title, source.titleSetApart())) {
            String separator = text.isEmpty() ? "" : text.contains("\n\n") ? "\n\n" : "\n";
            return new Titled(null, title + separator + text, List.of());
        }
        return printedHeadline(PageText.of(text, title))
                .map(headline -> new Titled(headline, text, List.of(new Removed(title, Reason.TAGLINE.label()))))
                .orElse(new Titled(title, text, List.of()));
    }

    /** The contract's rule for .txt files; a title given by metadata or JSONL is taken as given. */
    private static boolean isFirstLineOfTextFile(ArticleSource source) {
        return source.format() == SourceFormat.TEXT && source.sourceKey().equals(source.file())
                && source.file().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private boolean isBody(String title, boolean setApart) {
        Line line = new Line(title, 0);
        return title.length() > MAX_TITLE_CHARS || !setApart && line.words() > maxTitleWords
                || line.endsWithFullStop() || sentences.hasBreak(title);
    }

    /** A headline-shaped line the top of the page prints twice, when the title is printed nowhere. */
    private Optional<String> printedHeadline(PageText page) {
        List<String> title = new Line(page.title(), 0).tokens();
        if (page.lines().stream().anyMatch(line -> line.tokens().equals(title))) {
            return Optional.empty();
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Line line : head(page)) {
            if (line.titleLike(maxTitleWords) && line.words() >= MIN_HEADLINE_WORDS && !line.isBullet()
                    && counts.merge(line.tokens(), 1, Integer::sum) == 2) {
                return Optional.of(line.text());
            }
        }
        return Optional.empty();
    }

    private static List<Line> head(PageText page) {
        int end = 0;
        while (end < Math.min(page.size(), MAX_HEAD_LINES) && !startsStory(page.line(end))) {
            end++;
        }
        return page.lines().subList(0, end);
    }

    private static boolean startsStory(Line line) {
        return line.endsWithFullStop() && line.words() >= MIN_STORY_WORDS;
    }
}
