package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes the text of an element as blocks (paragraphs, headings, list items, quotes, table rows),
 * one a line, separated by a blank line. Text sitting directly in a {@code <div>} becomes a block
 * of its own, since many pages write paragraphs that way. A table row is one line, its cells
 * apart by a space, so that a row reads as a record and not as a run of lone numbers and words.
 */
final class BlockText implements NodeVisitor {

    /** Elements that start and end a block; inline elements (a, em, span) only add their text. */
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "div", "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "table", "tr",
            "figure", "address", "details", "summary", "caption", "br", "hr", "body");

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    private BlockText() {}

    static List<String> of(List<Element> roots) {
        BlockText text = new BlockText();
        for (Element root : roots) {
            NodeTraversor.traverse(text, root); // iterative: no stack overflow on deep pages
            text.endBlock();
        }
        return List.copyOf(text.blocks);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            current.append(text.getWholeText());
        } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            endBlock();
            preDepth += element.normalName().equals("pre") ? 1 : 0;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && CELLS.contains(element.normalName())) {
            current.append(' ');
        }
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            endBlock();
            preDepth -= element.normalName().equals("pre") ? 1 : 0;
        }
    }

    private void endBlock() {
        String block = preDepth > 0 ? preformatted(current) : collapsed(current);
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }

    /** Whitespace runs (including no-break spaces) become one space, as a browser shows them. */
    private static String collapsed(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Preformatted text keeps its lines and indentation; only blank edges go. */
    private static String preformatted(CharSequence text) {
        String block = text.toString().stripTrailing();
        int start = 0;
        while (start < block.length() && (block.charAt(start) == '\n' || block.charAt(start) == '\r')) {
            start++;
        }
        return block.substring(start);
    }
}
