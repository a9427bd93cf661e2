package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Chooses the element that holds the article within a stripped page body. */
final class ContentRoot {

    private ContentRoot() {}

    /**
     * The page's one {@code <article>}; else its {@code <main>}; else the element whose paragraphs
     * hold the most text (several articles are usually teasers of other stories).
     */
    static Element of(Element body) {
        Elements articles = body.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        Element main = body.selectFirst("main, [role=main]");
        return main != null ? main : densest(body);
    }

    /**
     * Scores each paragraph's parent with its text and the grandparent with half of it, so that a
     * container of many paragraphs wins over one long stray paragraph elsewhere.
     */
    private static Element densest(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Element paragraph : body.select("p")) {
            double length = paragraph.text().length();
            Element parent = paragraph.parent();
            add(scores, order, parent, length);
            add(scores, order, parent == null ? null : parent.parent(), length / 2);
        }
        Element best = body;
        double bestScore = 0;
        for (Element candidate : order) {
            if (scores.get(candidate) > bestScore) {
                best = candidate;
                bestScore = scores.get(candidate);
            }
        }
        return best;
    }

    private static void add(Map<Element, Double> scores, List<Element> order, Element element, double score) {
        if (element == null) {
            return;
        }
        if (!scores.containsKey(element)) {
            order.add(element);
        }
        scores.merge(element, score, Double::sum);
    }
}
