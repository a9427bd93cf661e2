package org.newsgraph.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element holds, how much of it is link text, and its commas, all computed in
 * one pass: asking each element for its text would cost the square of the depth on deeply nested
 * pages. Characters are counted without whitespace, so that indentation weighs nothing.
 */
final class ElementStats {

    /** The counts of one element; mutable only while the pass adds them up. */
    private static final class Counts {
        int text;
        int links;
        int commas;
        int own;
        int prose;
        int quoted;
    }

    private static final Counts NONE = new Counts();

    /** Elements that hold a paragraph of prose when they hold text. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    /** Containers that often hold prose written straight into them, without {@code <p>}. */
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "main", "span", "font");
    private static final int SHORTEST_PARAGRAPH = 25;

    private final Map<Element, Counts> counts;

    private ElementStats(Map<Element, Counts> counts) {
        this.counts = counts;
    }

    static ElementStats of(Element root) {
        Map<Element, Counts> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new Pass(counts), root);
        return new ElementStats(counts);
    }

    /** Visible characters in the element and below it. */
    int text(Element element) {
        return get(element).text;
    }

    /** Visible characters inside links. */
    int links(Element element) {
        return get(element).links;
    }

    /** The share of the text that is link text: near 1 for menus and lists of other stories. */
    double linkDensity(Element element) {
        Counts c = get(element);
        return c.text == 0 ? 0 : (double) c.links / c.text;
    }

    int commas(Element element) {
        return get(element).commas;
    }

    /** Visible characters in text written directly in the element, not in a child element. */
    int own(Element element) {
        return get(element).own;
    }

    /** Visible characters inside block quotes: what someone said, embedded posts among them. */
    int quoted(Element element) {
        return get(element).quoted;
    }

    /** Visible characters in the paragraphs of prose in and below the element. */
    int prose(Element element) {
        return get(element).prose;
    }

    /**
     * Whether the element is a paragraph of prose: a paragraph-like element with text, or a
     * container with text written straight into it (many pages write paragraphs that way).
     * Shorter blocks are captions, labels and buttons.
     */
    boolean isParagraph(Element element) {
        return isParagraph(element, get(element));
    }

    private static boolean isParagraph(Element element, Counts counts) {
        String tag = element.normalName();
        return PARAGRAPHS.contains(tag) ? counts.text >= SHORTEST_PARAGRAPH
                : TEXT_CONTAINERS.contains(tag) && counts.own >= SHORTEST_PARAGRAPH;
    }

    /** Whether a paragraph is a container with prose written into it, rather than a {@code <p>} or the like. */
    static boolean isContainer(Element paragraph) {
        return !PARAGRAPHS.contains(paragraph.normalName());
    }

    /** The characters a paragraph gives to the scores: its own prose, not its child paragraphs'. */
    int paragraphLength(Element paragraph) {
        return isContainer(paragraph) ? own(paragraph) : text(paragraph);
    }

    private Counts get(Element element) {
        return counts.getOrDefault(element, NONE);
    }

    /** Adds each text node to its parent on the way down, and each element to its parent on the way up. */
    private static final class Pass implements NodeVisitor {

        private final Map<Element, Counts> counts;
        private int linkDepth;
        private int quoteDepth;

        Pass(Map<Element, Counts> counts) {
            this.counts = counts;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                linkDepth += element.normalName().equals("a") ? 1 : 0;
                quoteDepth += element.normalName().equals("blockquote") ? 1 : 0;
            } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                add(text.getWholeText(), counts.computeIfAbsent(parent, e -> new Counts()));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            linkDepth -= element.normalName().equals("a") ? 1 : 0;
            quoteDepth -= element.normalName().equals("blockquote") ? 1 : 0;
            Counts below = counts.get(element);
            if (below == null || element.parent() == null) {
                return;
            }
            // a paragraph's prose is its own text: paragraphs inside it are not counted twice
            below.prose = isParagraph(element, below) ? below.text : below.prose;
            Counts parent = counts.computeIfAbsent(element.parent(), e -> new Counts());
            parent.text += below.text;
            parent.links += below.links;
            parent.commas += below.commas;
            parent.prose += below.prose;
            parent.quoted += below.quoted;
        }

        private void add(String text, Counts counts) {
            int visible = 0;
            int commas = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                visible += Character.isWhitespace(c) || c == '\u00A0' ? 0 : 1;
                commas += c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C' ? 1 : 0;
            }
            counts.text += visible;
            counts.own += visible;
            counts.commas += commas;
            counts.links += linkDepth > 0 ? visible : 0;
            counts.quoted += quoteDepth > 0 ? visible : 0;
        }
    }
}
