package org.newsgraph.clean;

/**
 * Where {@link DatelineReader} looks for a wire dateline: at the start of the text and at the
 * head of its first paragraph, the top ending there as the publication dater reads it.
 *
 * @param topLines       how many non-blank lines before the first paragraph are read at most
 * @param paragraphWords a line of this many words or more is a paragraph of the story
 */
public record DatelineConfig(int topLines, int paragraphWords) {

    public DatelineConfig {
        if (topLines < 1 || paragraphWords < 2) {
            throw new IllegalArgumentException("the top needs a line, a paragraph two words: " + this);
        }
    }

    /** The top of an article as {@code DaterConfig.defaults()} reads it: six lines, paragraphs of 25 words. */
    public static DatelineConfig defaults() {
        return new DatelineConfig(6, 25);
    }
}
