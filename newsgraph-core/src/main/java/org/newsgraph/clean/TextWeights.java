package org.newsgraph.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How many visible characters each element holds, all computed in one pass: asking each element
 * for its text would cost the square of the depth on deeply nested pages.
 */
final class TextWeights {

    private final Map<Element, Integer> weights;

    private TextWeights(Map<Element, Integer> weights) {
        this.weights = weights;
    }

    static TextWeights of(Element root) {
        Map<Element, Integer> weights = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // weights are summed on the way up, in tail
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == root || !(node.parent() instanceof Element parent)) {
                    return;
                }
                int own = node instanceof TextNode text ? text.getWholeText().strip().length() : 0;
                int below = node instanceof Element element ? weights.getOrDefault(element, 0) : 0;
                weights.merge(parent, own + below, Integer::sum);
            }
        }, root);
        return new TextWeights(weights);
    }

    int heldBy(Element element) {
        return weights.getOrDefault(element, 0);
    }
}
