package org.newsgraph.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.DatePeriod;

/**
 * The query parameters of one request, checked before anything is read: only the names the route
 * takes, each once, no longer than the configured length, without control or format characters
 * (right-to-left overrides, zero-width joiners) and without what a broken percent-encoding decodes
 * to. Anything else is a bad parameter, answered with a 400 that names it.
 */
final class Params {

    static final String LIMIT = "limit";
    static final String CURSOR = "cursor";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final int NAME_SHOWN = 40;

    private final Map<String, List<String>> values;
    private final int maxLength;

    Params(Map<String, List<String>> values, Set<String> allowed, int maxLength) {
        this.values = Map.copyOf(values);
        this.maxLength = maxLength;
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name)) {
                throw Problem.Raised.badParameter(shown(name), allowed.isEmpty() ? "this route takes no parameters"
                        : "unknown parameter; this route takes " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (e.getValue().size() > 1) {
                throw Problem.Raised.badParameter(name, "given " + e.getValue().size() + " times; give it once");
            }
            check(name, e.getValue().isEmpty() ? "" : e.getValue().get(0), maxLength);
        }
    }

    /**
     * Refuses a query string with a broken percent-encoding ({@code %zz}, a lone {@code %}), which
     * the decoder would otherwise drop whole, silently answering without the filters asked for.
     */
    static void checkEncoding(String query) {
        if (query == null) {
            return;
        }
        for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                    || Character.digit(query.charAt(i + 2), 16) < 0) {
                throw Problem.Raised.badParameter("query", "a % at " + i + " is not followed by two hex digits");
            }
        }
    }

    /** A value checked as query values are: for path parameters. */
    static String checked(String name, String value, int maxLength) {
        check(name, value, maxLength);
        return value;
    }

    /** Free text (a name to match), or null when not given or blank. */
    String text(String name) {
        String value = raw(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One of some words (any case), or null when not given. */
    String choice(String name, List<String> choices) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String folded = value.toLowerCase(Locale.ROOT);
        if (!choices.contains(folded)) {
            throw Problem.Raised.badParameter(name, "give one of " + String.join(", ", choices));
        }
        return folded;
    }

    /** A date, YYYY-MM-DD, YYYY-MM or YYYY, or null when not given. */
    DatePeriod date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        Optional<DatePeriod> period = ISO_DATE.matcher(value).matches() ? DatePeriod.of(value) : Optional.empty();
        return period.orElseThrow(() -> Problem.Raised.badParameter(name,
                "not a date: give YYYY-MM-DD, YYYY-MM or YYYY (2023-04-20, 2023-04, 2023)"));
    }

    /** The page size: the default when not given, else 1 to the maximum. */
    int limit(int defaultSize, int maxSize) {
        String value = text(LIMIT);
        if (value == null) {
            return defaultSize;
        }
        if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) < 1 || Integer.parseInt(value) > maxSize) {
            throw Problem.Raised.badParameter(LIMIT, "give a whole number from 1 to " + maxSize);
        }
        return Integer.parseInt(value);
    }

    /** Where the page starts: 0 without a cursor, else the cursor's offset, if it was given for this query. */
    int offset(String query) {
        String value = text(CURSOR);
        return value == null ? 0 : Cursor.offset(value, query);
    }

    /**
     * The filters as one string, each given parameter but the page's own with its value: a cursor
     * is good for the query it was given for only.
     */
    String query() {
        StringBuilder s = new StringBuilder();
        values.keySet().stream().filter(n -> !n.equals(LIMIT) && !n.equals(CURSOR)).sorted()
                .forEach(n -> s.append(n).append('=').append(text(n)).append('&'));
        return s.toString();
    }

    private String raw(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? null : given.get(0);
    }

    private static void check(String name, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw Problem.Raised.badParameter(name, "longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || c == '\uFFFD' || Character.isSurrogate(c) && !paired(value, i)) {
                throw Problem.Raised.badParameter(name, String.format(Locale.ROOT,
                        "holds U+%04X at %d, a control, format or replacement character", (int) c, i));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static boolean paired(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    /** A parameter name as a problem names it: cut short, its controls replaced, so a hostile name echoes harmlessly. */
    private static String shown(String name) {
        String cut = name.length() > NAME_SHOWN ? name.substring(0, NAME_SHOWN) + "…" : name;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
