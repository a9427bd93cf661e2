package org.newsgraph.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.app.export.ExportDocument;

/**
 * Claims as a plain-text table, one article after another under a line naming it: columns as
 * wide as their widest cell (long cells cut), values right-aligned, the claim's own words last.
 */
final class ClaimTable {

    static final int CELL_WIDTH = 36;
    private static final String[] HEADERS = {"claimant", "qualifier", "value", "unit", "subject", "text"};

    String render(List<ExportDocument.Claim> claims, Map<String, String> files) {
        List<String[]> rows = new ArrayList<>();
        claims.forEach(c -> rows.add(row(c)));
        int[] widths = new int[HEADERS.length - 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = HEADERS[i].length();
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder table = new StringBuilder(line(HEADERS, widths));
        String article = null;
        for (int i = 0; i < claims.size(); i++) {
            String id = claims.get(i).article();
            if (!id.equals(article)) {
                table.append(id).append("  ").append(Objects.requireNonNullElse(files.get(id), "")).append('\n');
                article = id;
            }
            table.append(line(rows.get(i), widths));
        }
        return table.toString();
    }

    private static String[] row(ExportDocument.Claim c) {
        String claimant = c.claimant() == null ? orDash(c.claimantText())
                : c.claimant() + " " + orDash(c.claimantText());
        String value = plain(c.value()) + (c.upper() == null ? "" : "-" + plain(c.upper()));
        return new String[] {cut(claimant), orDash(c.qualifier()), value, orDash(c.unit()), cut(orDash(c.subject())),
            c.text().replaceAll("\\s+", " ")};
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder s = new StringBuilder("  ");
        for (int i = 0; i < widths.length; i++) {
            String format = i == 2 ? "%" + widths[i] + "s  " : "%-" + widths[i] + "s  ";
            s.append(String.format(format, cells[i]));
        }
        return s.append(cells[cells.length - 1]).toString().stripTrailing() + "\n";
    }

    /** 150000000000 rather than 1.5E11. */
    private static String plain(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String cut(String s) {
        return s.length() <= CELL_WIDTH ? s : s.substring(0, CELL_WIDTH - 1) + "…";
    }
}
