package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Chooses the elements that hold the article within a stripped page body: the container the page
 * marks as the article body, when it holds the prose; else the best-scored container and those of
 * its siblings that belong with it, as readability does.
 */
final class ContentRoot {

    private static final NameLexicon BODY = NameLexicon.load("body.txt");

    /** A marked body must hold this share of the prose the scores found, or the marks mislead. */
    private static final double MARKED_SHARE = 0.5;
    /** A parent scoring less than this share of its child does not hold more of the article. */
    private static final double PARENT_SHARE = 1 / 3.0;
    /** Siblings scoring this share of the best are more of the same article. */
    private static final double SIBLING_SHARE = 0.2;
    private static final double LEAST_SIBLING_SCORE = 10;

    private ContentRoot() {}

    /**
     * The content's elements in page order. When no paragraph is long enough to score, the page's
     * {@code <main>} or its one {@code <article>} with text, else the whole body.
     */
    static List<Element> of(Element body, ElementStats stats) {
        Map<Element, Double> scores = ContentScores.of(body, stats).finalScores();
        Optional<Element> best = best(scores);
        if (best.isEmpty()) {
            return List.of(semantic(body, stats).orElse(body));
        }
        List<Element> scored = withSiblings(climb(best.get(), body, scores), scores, stats);
        List<Element> marked = marked(body, stats);
        return !marked.isEmpty() && prose(marked, stats) >= MARKED_SHARE * prose(scored, stats) ? marked : scored;
    }

    private static Optional<Element> semantic(Element body, ElementStats stats) {
        Elements articles = body.getElementsByTag("article");
        Elements mains = body.getElementsByTag("main");
        Optional<Element> article = articles.size() == 1 ? Optional.of(articles.first()) : Optional.empty();
        return mains.stream().findFirst().or(() -> article).filter(element -> stats.text(element) > 0);
    }

    private static Optional<Element> best(Map<Element, Double> scores) {
        return scores.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * Moves up to a parent that scores more than the best: an article split into several
     * containers gives its points to their common parent.
     */
    private static Element climb(Element best, Element body, Map<Element, Double> scores) {
        Element top = best;
        double last = scores.get(best);
        double threshold = last * PARENT_SHARE;
        for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > last) {
                top = parent;
                break;
            }
            last = score;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The best container and the siblings that score near it or hold prose of their own. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, ElementStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(LEAST_SIBLING_SCORE, scores.getOrDefault(top, 0.0) * SIBLING_SHARE);
        List<Element> content = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold || isProse(sibling, stats)) {
                content.add(sibling);
            }
        }
        return content;
    }

    /** A paragraph beside the content that reads as prose: long with few links, or a whole sentence without any. */
    private static boolean isProse(Element sibling, ElementStats stats) {
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        int length = stats.text(sibling);
        double links = stats.linkDensity(sibling);
        return length > 80 ? links < 0.25 : length > 0 && links == 0 && sibling.text().strip().endsWith(".");
    }

    /**
     * The outermost containers the page marks as its article body (by schema.org's
     * {@code itemprop=articleBody} or a conventional name): the one with the most prose, with
     * marked siblings, since pages split a body around advertisements.
     */
    private static List<Element> marked(Element body, ElementStats stats) {
        List<Element> outermost = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int inside;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && isMarked(element)) {
                    if (inside++ == 0) {
                        outermost.add(element);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && isMarked(element)) {
                    inside--;
                }
            }
        }, body);
        Optional<Element> most = outermost.stream().max((a, b) -> Integer.compare(stats.prose(a), stats.prose(b)));
        return most.map(m -> outermost.stream().filter(e -> e.parent() == m.parent() && stats.prose(e) > 0 || e == m).toList())
                .orElse(List.of());
    }

    private static boolean isMarked(Element element) {
        return element != null && (element.attr("itemprop").equalsIgnoreCase("articleBody") || BODY.matches(element));
    }

    private static int prose(List<Element> elements, ElementStats stats) {
        return elements.stream().mapToInt(stats::prose).sum();
    }
}
