package org.newsgraph.eval.temporal;

import org.newsgraph.model.Span;

/** One gold TIMEX3 of MEANTIME placed in its article's rebuilt text: only the scorer reads it. */
public record GoldTimex(Span span, String text, String type, String value) {}
