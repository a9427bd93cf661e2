package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Removes the parts of a page that are never the article: code, navigation, page furniture. */
final class Boilerplate {

    /** Elements whose content is never readable article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, object, embed, canvas";

    /** Page furniture by element; captions are left out too, as they describe a picture, not the news. */
    private static final String FURNITURE = "nav, header, footer, aside, form, figcaption, button, select, textarea, dialog";

    /** Page furniture by class or id, matched as a whole word of it: "share-bar", not "shared". */
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(comments?|share|sharing|social|related|cookies?|consent|banner|menu|ads?"
                    + "|advert\\w*|sponsored|promo|newsletter|subscribe|sidebar|breadcrumbs?|popup|modal)(?:$|[\\s_-])");

    /** Containers that are the article by definition, whatever their class says. */
    private static final Set<String> NEVER_FURNITURE = Set.of("html", "body", "main", "article");

    private Boilerplate() {}

    /** Strips the page in place and returns its body. */
    static Element strip(Document page) {
        Element body = page.body() == null ? page : page.body();
        body.select(NEVER_TEXT).remove();
        TextWeights weights = TextWeights.of(body);
        int half = weights.heldBy(body) / 2;
        // a furniture-like element holding most of the text is a wrapper of the whole page
        // (ASP.NET wraps pages in a form, themes use class="page-with-sidebar"): keep it
        furniture(body).stream().filter(element -> weights.heldBy(element) <= half).forEach(Element::remove);
        return body;
    }

    private static List<Element> furniture(Element body) {
        List<Element> found = new ArrayList<>(body.select(FURNITURE));
        for (Element element : body.getAllElements()) {
            if (!NEVER_FURNITURE.contains(element.normalName()) && hasNoiseName(element)) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean hasNoiseName(Element element) {
        String names = element.className() + " " + element.id();
        return !names.isBlank() && NOISE_NAME.matcher(names).find();
    }
}
