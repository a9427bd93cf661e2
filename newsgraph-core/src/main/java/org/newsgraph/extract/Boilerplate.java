package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Removes the parts of a page that are never the article: code, hidden parts, page furniture. */
final class Boilerplate {

    /** Elements whose content is never readable article text. */
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
            "head", "title", "meta", "link", "input", "select", "textarea", "button", "option", "dialog", "video", "audio", "map");

    /**
     * Page furniture by element. Captions are left out too: they describe a picture, not the news,
     * and a figure is a picture with its caption.
     */
    private static final Set<String> FURNITURE = Set.of("nav", "footer", "aside", "form", "figcaption", "figure", "header", "menu");

    private static final NameLexicon NOISE = NameLexicon.load("noise.txt");

    /** An element that holds more than this share of the content is its wrapper, whatever it is named. */
    private static final double WRAPPER_SHARE = 0.6;

    private Boilerplate() {}

    /** Strips what is never text from the page in place and returns its body. */
    static Element strip(Document page) {
        Element body = page.body() == null ? page : page.body();
        List<Element> gone = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (NEVER_TEXT.contains(element.normalName()) || isHidden(element)) {
                gone.add(element);
            }
        }
        gone.forEach(Element::remove);
        return body;
    }

    /**
     * Removes the furniture inside the content root, in place. A furniture-like element holding
     * most of the text is a wrapper of the content (ASP.NET wraps pages in a form, themes use
     * {@code class="page-with-sidebar"}): it stays.
     */
    static void prune(Element root, ElementStats stats) {
        double most = stats.text(root) * WRAPPER_SHARE;
        List<Element> gone = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && isFurniture(element) && stats.text(element) <= most && !isQuotation(element, stats)) {
                gone.add(element);
            }
        }
        gone.forEach(Element::remove);
    }

    /**
     * An embedded post or quotation boxed as "social" or "embed" is what someone said, which the
     * story quotes: it stays when block quotes hold most of its text.
     */
    private static boolean isQuotation(Element element, ElementStats stats) {
        return !FURNITURE.contains(element.normalName()) && stats.quoted(element) * 2 > stats.text(element);
    }

    static boolean isFurniture(Element element) {
        return FURNITURE.contains(element.normalName()) || NOISE.matches(element) || isUiRole(element);
    }

    private static boolean isUiRole(Element element) {
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        return role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("menu");
    }

    /** Hidden by the page itself: what a reader never sees is not the article. */
    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
