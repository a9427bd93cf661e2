package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes the containers inside the content that are mostly links: lists of other stories,
 * tag clouds, link footers. A container with many commas is prose, however many links it holds
 * (readability's conditional cleaning).
 */
final class LinkLists {

    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table");
    private static final int PROSE_COMMAS = 10;
    /** Most of a list of links is link text; prose with a few links in it is mostly not. */
    private static final double MOSTLY_LINKS = 0.5;

    private LinkLists() {}

    static void prune(Element root, ElementStats stats) {
        List<Element> gone = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && CONTAINERS.contains(element.normalName()) && isLinkList(element, stats)) {
                gone.add(element);
            }
        }
        gone.forEach(Element::remove);
    }

    private static boolean isLinkList(Element element, ElementStats stats) {
        return stats.commas(element) < PROSE_COMMAS && stats.linkDensity(element) > MOSTLY_LINKS;
    }
}
