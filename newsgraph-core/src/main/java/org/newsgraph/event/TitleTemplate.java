package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title pattern such as {@code {who} meets {other}[ in {where}]}: names in braces are filled
 * in, a part in brackets is left out when a name in it is unknown.
 */
public final class TitleTemplate {

    /** The names a template may use. */
    public static final Set<String> NAMES = Set.of("who", "agent", "person", "org", "other", "patient", "where");
    private static final Pattern NAME = Pattern.compile("\\{(\\w+)}");

    private final String pattern;
    private final List<Part> parts;

    private record Part(String text, boolean optional) {}

    private TitleTemplate(String pattern, List<Part> parts) {
        this.pattern = pattern;
        this.parts = List.copyOf(parts);
    }

    /** Reads a template, or throws IllegalArgumentException saying what is wrong with it. */
    public static TitleTemplate parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('[', i);
            if (open < 0) {
                parts.add(new Part(pattern.substring(i), false));
                break;
            }
            int close = pattern.indexOf(']', open);
            if (close < 0 || pattern.indexOf('[', open + 1) >= 0 && pattern.indexOf('[', open + 1) < close) {
                throw new IllegalArgumentException("unbalanced brackets in '" + pattern + "'");
            }
            parts.add(new Part(pattern.substring(i, open), false));
            parts.add(new Part(pattern.substring(open + 1, close), true));
            i = close + 1;
        }
        if (pattern.indexOf(']') >= 0 && parts.stream().noneMatch(Part::optional)) {
            throw new IllegalArgumentException("unbalanced brackets in '" + pattern + "'");
        }
        for (Part p : parts) {
            for (Matcher m = NAME.matcher(p.text()); m.find(); ) {
                if (!NAMES.contains(m.group(1))) {
                    throw new IllegalArgumentException("unknown name {" + m.group(1) + "} in '" + pattern + "'");
                }
            }
        }
        return new TitleTemplate(pattern, parts);
    }

    /** Whether the template renders with no name known. */
    public boolean needsNoName() {
        return parts.stream().filter(p -> !p.optional()).noneMatch(p -> NAME.matcher(p.text()).find());
    }

    /** The title with these names, or null when a name outside brackets is unknown. */
    public String render(Map<String, String> names) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            String filled = fill(p.text(), names);
            if (filled == null && !p.optional()) {
                return null;
            }
            if (filled != null) {
                out.append(filled);
            }
        }
        return out.toString().strip();
    }

    private static String fill(String text, Map<String, String> names) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = names.get(m.group(1));
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
