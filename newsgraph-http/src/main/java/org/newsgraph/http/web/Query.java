package org.newsgraph.http.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.DatePeriod;

/**
 * A page's query parameters, checked as the API checks its own: no longer than 200 characters,
 * no control or format characters (a right-to-left override, a zero-width joiner). Parameters a
 * page does not read are ignored, as a person may have typed them.
 */
final class Query {

    static final int MAX_LENGTH = 200;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern PAGE = Pattern.compile("[1-9]\\d{0,5}");

    private final Context ctx;

    Query(Context ctx) {
        this.ctx = ctx;
    }

    /** A value, stripped; null when not given or blank. */
    String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw PageProblem.badRequest(name + " is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            int type = Character.getType(value.charAt(i));
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE && !paired(value, i) || value.charAt(i) == '\uFFFD') {
                throw PageProblem.badRequest(name + " holds a control or format character");
            }
        }
        return value.strip();
    }

    /** A date, YYYY-MM-DD, YYYY-MM or YYYY; null when not given. */
    DatePeriod date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        Optional<DatePeriod> period = ISO_DATE.matcher(value).matches() ? DatePeriod.of(value) : Optional.empty();
        return period.orElseThrow(() -> PageProblem.badRequest(name + " is not a date: give 2023, 2023-04 or 2023-04-20"));
    }

    /** The page number of a listing, from 1. */
    int page() {
        String value = text("page");
        if (value == null) {
            return 1;
        }
        if (!PAGE.matcher(value).matches()) {
            throw PageProblem.badRequest("page is not a page number: give 1, 2, ...");
        }
        return Integer.parseInt(value);
    }

    private static boolean paired(String value, int i) {
        char c = value.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
