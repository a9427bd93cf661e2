package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * A normalised text as lines and paragraphs, with the title it was published under (null when
 * unknown). Lines are numbered in order from 0; blank lines only separate paragraphs.
 */
final class PageText {

    private final List<Line> lines;
    private final String title;

    private PageText(List<Line> lines, String title) {
        this.lines = List.copyOf(lines);
        this.title = title;
    }

    static PageText of(String text, String title) {
        List<Line> lines = new ArrayList<>();
        int paragraph = 0;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                paragraph++;
            } else {
                lines.add(new Line(line, paragraph));
            }
        }
        return new PageText(lines, title);
    }

    List<Line> lines() {
        return lines;
    }

    Line line(int index) {
        return lines.get(index);
    }

    int size() {
        return lines.size();
    }

    /** The title, or null. */
    String title() {
        return title;
    }

    /** The text of the lines not marked, with the paragraph breaks between them. */
    String render(Marks marks) {
        StringBuilder text = new StringBuilder();
        int paragraph = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!marks.kept(i)) {
                continue;
            }
            Line line = lines.get(i);
            if (text.length() > 0) {
                text.append(line.paragraph() == paragraph ? "\n" : "\n\n");
            }
            text.append(line.text());
            paragraph = line.paragraph();
        }
        return text.toString();
    }
}
