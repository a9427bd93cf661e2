package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Readability's content score: each paragraph of real prose (long enough, with commas) gives
 * points to its parent, and fewer to each ancestor up to five levels; a container's name and tag
 * move its score up or down, and its link density scales it down.
 */
final class ContentScores {

    private static final int LEVELS = 5;

    private static final NameLexicon POSITIVE = NameLexicon.load("positive.txt");
    private static final NameLexicon NEGATIVE = NameLexicon.load("negative.txt");
    private static final int NAME_WEIGHT = 25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final List<Element> paragraphs = new ArrayList<>();
    private final ElementStats stats;

    private ContentScores(ElementStats stats) {
        this.stats = stats;
    }

    static ContentScores of(Element body, ElementStats stats) {
        ContentScores scores = new ContentScores(stats);
        for (Element element : body.getAllElements()) {
            if (stats.isParagraph(element)) {
                scores.paragraphs.add(element);
                scores.credit(element);
            }
        }
        return scores;
    }

    /** The paragraphs of prose found, in page order. */
    List<Element> paragraphs() {
        return paragraphs;
    }

    /** Every scored container, scaled down by its link density. */
    Map<Element, Double> finalScores() {
        Map<Element, Double> scaled = new IdentityHashMap<>();
        scores.forEach((element, score) -> scaled.put(element, score * (1 - stats.linkDensity(element))));
        return scaled;
    }

    private void credit(Element paragraph) {
        int length = stats.paragraphLength(paragraph);
        double score = 1 + stats.commas(paragraph) + Math.min(length / 100, 3);
        Element ancestor = paragraph.parent();
        for (int level = 0; level < LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, initial(ancestor) + score / divider, (old, added) -> old + score / divider);
        }
        if (ElementStats.isContainer(paragraph)) {
            // prose written into a container scores the container itself too
            scores.merge(paragraph, initial(paragraph) + score, (old, added) -> old + score);
        }
    }

    /** A container's start: divs usually hold articles, lists and headings rarely do. */
    private static double initial(Element element) {
        double byTag = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return byTag + nameWeight(element);
    }

    static int nameWeight(Element element) {
        return (POSITIVE.matches(element) ? NAME_WEIGHT : 0) - (NEGATIVE.matches(element) ? NAME_WEIGHT : 0);
    }
}
