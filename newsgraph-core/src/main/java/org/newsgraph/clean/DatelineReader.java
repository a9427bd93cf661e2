package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.newsgraph.model.ArticleTop;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Reads the wire dateline an article opens with ("OSLO, March 12, 2021 (Reuters) - "), at the
 * start of the text or at the head of its first paragraph, by the patterns of
 * {@code datelines.txt}: once, for every stage that needs it (the publication dater reads its
 * date, the event stage keeps its city from being where events happen).
 */
public final class DatelineReader implements Stage {

    /** A dateline is short: its patterns are read on this many characters from a line's head. */
    private static final int HEAD = 200;

    private final PatternList patterns;
    private final ArticleTop top;

    public DatelineReader(CleanRules rules, ArticleTop top) {
        this.patterns = rules.datelines;
        this.top = top;
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.DATELINE);
    }

    @Override
    public Document apply(Document document) {
        return document.withDateline(read(document.text()));
    }

    /** The dateline of the text, or null when it has none. */
    Dateline read(String text) {
        for (int head : heads(text)) {
            Optional<Dateline> found = at(text, head);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    /** Where a dateline may stand: the head of the first line and of the first paragraph. */
    private List<Integer> heads(String text) {
        List<ArticleTop.Line> lines = top.lines(text);
        List<Integer> heads = new ArrayList<>();
        if (lines.isEmpty()) {
            return heads;
        }
        heads.add(lines.get(0).head());
        ArticleTop.Line last = lines.get(lines.size() - 1);
        if (last.paragraph() && !heads.contains(last.head())) {
            heads.add(last.head());
        }
        return heads;
    }

    private Optional<Dateline> at(String text, int head) {
        String region = text.substring(head, Math.min(text.length(), head + HEAD));
        return patterns.firstFoundIn(region).map(m -> new Dateline(
                stripped(region, head, m.start("place"), m.end("place")),
                dated(m) ? new Span(head + m.start("date"), head + m.end("date")) : null,
                stripped(region, head, m.start(), m.end())));
    }

    private static boolean dated(Matcher m) {
        return m.pattern().pattern().contains("(?<date>") && m.start("date") >= 0;
    }

    /** The span of a group without the spaces a pattern's character class let it end with. */
    private static Span stripped(String region, int head, int start, int end) {
        int last = end;
        while (last > start && Character.isWhitespace(region.charAt(last - 1))) {
            last--;
        }
        return new Span(head + start, head + last);
    }
}
