package org.newsgraph.temporal;

import java.util.regex.Pattern;

/**
 * TIMEX3 spellings of values SUTime writes its own way: a time in UTC ends with "Z" (ISO 8601;
 * SUTime writes "T16:15+0000"), and a decade is its first three digits ("199" for the 1990s,
 * where SUTime writes "199X").
 */
final class TimeMlValues {

    private static final Pattern UTC = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2})[+-]00:?00$");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");

    private TimeMlValues() {}

    /** The value as TIMEX3 writes it; null stays null. */
    static String canonical(String value) {
        if (value == null) {
            return null;
        }
        if (DECADE.matcher(value).matches()) {
            return value.substring(0, 3);
        }
        return UTC.matcher(value).replaceFirst("$1Z");
    }
}
