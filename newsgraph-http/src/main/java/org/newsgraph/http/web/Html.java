package org.newsgraph.http.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML document written element by element, so that escaping cannot be forgotten: every text
 * and every attribute value is escaped; tag and attribute names are checked code constants, never
 * event handlers or inline styles (the Content-Security-Policy forbids them anyway); a link or a
 * form goes only to a path of this server or, for an article's own address, to http or https.
 * Text from articles is written isolated ({@link #data}), so a right-to-left override in it cannot
 * reorder the page around it.
 */
final class Html {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction");
    private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "img");

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** An opening tag with attributes given as name, value pairs (a null value leaves the attribute out). */
    Html open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + String.join(", ", attributes));
        }
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        open(tag, attributes);
        if (!VOID.contains(tag)) {
            text(text).close(tag);
        }
        return this;
    }

    /** Text of this program's own (labels, numbers, dates), escaped. */
    Html text(String text) {
        if (text != null) {
            escape(text);
        }
        return this;
    }

    /**
     * Text from an article or the store (a title, a name, a sentence), escaped, cut to {@code max}
     * characters with an ellipsis and isolated in a {@code bdi}, so its direction stays its own.
     */
    Html data(String text, int max) {
        if (text == null) {
            return this;
        }
        out.append("<bdi>");
        escape(cut(text, max));
        out.append("</bdi>");
        return this;
    }

    /** A link to a path of this server ({@code /events/v2}) holding article text. */
    Html link(String path, String text, int max, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = path;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return open("a", all).data(text, max).close("a");
    }

    /** Markup of this program's own, written as given: only for constant strings (the doctype). */
    Html raw(String constant) {
        out.append(constant);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** {@code text} cut to at most {@code max} characters, ending in an ellipsis when cut, never between a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /**
     * An article's address when it is a web address (http or https with a host) a person may follow;
     * empty for anything else ({@code javascript:}, {@code data:}, relative or broken addresses).
     */
    static Optional<String> webAddress(String url) {
        if (url == null || url.length() > 2_000) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private void attribute(String attribute, String value) {
        String checked = name(attribute);
        if (checked.startsWith("on") || checked.equals("style") || checked.equals("srcdoc")) {
            throw new IllegalArgumentException("no " + checked + " attribute: scripts and styles come from files");
        }
        if (value == null) {
            return;
        }
        if (URL_ATTRIBUTES.contains(checked) && !ownPath(value) && webAddress(value).isEmpty()) {
            throw new IllegalArgumentException(checked + " is neither a path of this server nor a web address: " + cut(value, 80));
        }
        out.append(' ').append(checked).append("=\"");
        escape(value);
        out.append('"');
    }

    /** A path of this server: starts with one slash (two would name another host). */
    private static boolean ownPath(String value) {
        return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") || value.startsWith("#");
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + cut(name, 40));
        }
        return name;
    }

    /** Escapes what HTML reads as markup, and replaces control characters (but tab and line breaks) that have no place in a page. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' || c == 0x7f ? '\uFFFD' : c);
            }
        }
    }
}
