package org.newsgraph.cluster;

/**
 * The kinds of term in an article's profile, told apart by the key's first character: words of
 * the body, words of the title and lead ({@code ^visit}), numbers ({@code #7.1}) and corpus
 * entities ({@code @12}). Each kind is weighed, and compared, on its own.
 */
enum TermClass {
    WORD, HEAD, NUMBER, ENTITY;

    static TermClass of(String key) {
        return switch (key.charAt(0)) {
            case '@' -> ENTITY;
            case '^' -> HEAD;
            case '#' -> NUMBER;
            default -> WORD;
        };
    }
}
