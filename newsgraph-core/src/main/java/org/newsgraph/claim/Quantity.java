package org.newsgraph.claim;

import java.math.BigDecimal;
import org.newsgraph.model.Span;

/**
 * A quantity as read from a sentence, before its claimant and subject are known.
 *
 * @param span       qualifier, currency, number, scale and unit, as written
 * @param number     the digits or number words alone, to check against the annotator's tags
 * @param value      the lower end or only value, scale applied
 * @param upper      the upper end of a range, or null
 * @param unit       ISO currency code, "percent", a counted noun, or null
 * @param unitSpan   the counted noun with its modifiers ("military personnel"), or null
 * @param qualifier  normalised, or null
 */
record Quantity(Span span, Span number, BigDecimal value, BigDecimal upper, String unit, Span unitSpan,
        String qualifier) {}
