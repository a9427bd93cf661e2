package org.newsgraph.model;

/** A half-open range [start, end) of UTF-16 code units in an article's text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies within this span; an empty span lies within any span around its offset. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the code unit at {@code offset} is in this span (the end is not). */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /**
     * Whether the two spans share a code unit. Spans that only touch ([0, 3) and [3, 5)) do not
     * overlap, and an empty span overlaps nothing: it holds no code unit to share.
     */
    public boolean overlaps(Span other) {
        return Math.max(start, other.start) < Math.min(end, other.end);
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
