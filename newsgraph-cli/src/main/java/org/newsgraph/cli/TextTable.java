package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plain-text table for a terminal: columns as wide as their widest cell, the chosen ones
 * right-aligned, the last one left to run on so that a long list does not widen every row.
 */
final class TextTable {

    private final List<String> headers;
    private final Set<Integer> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers, Set<Integer> rightAligned) {
        this.headers = List.copyOf(headers);
        this.rightAligned = Set.copyOf(rightAligned);
    }

    TextTable add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + headers.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder table = new StringBuilder(line(headers, widths));
        rows.forEach(r -> table.append(line(r, widths)));
        return table.toString();
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean last = i == cells.size() - 1;
            String format = rightAligned.contains(i) ? "%" + widths[i] + "s" : last ? "%s" : "%-" + widths[i] + "s";
            s.append(String.format(format, cells.get(i))).append(last ? "" : "  ");
        }
        return s.toString().stripTrailing() + "\n";
    }

    /** The text cut to at most {@code width} characters, an ellipsis marking the cut. */
    static String cut(String text, int width) {
        String line = text == null ? "-" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= width ? line : line.substring(0, width - 1) + "…";
    }
}
