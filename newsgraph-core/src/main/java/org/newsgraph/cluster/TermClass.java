package org.newsgraph.cluster;

/**
 * The kinds of term in an article's profile, told apart by the key's first character: words of
 * the body, words of the title and lead ({@code ^visit}), numbers ({@code #7.1}), corpus
 * entities ({@code @12}) and the corpus entities the lead names ({@code ^@12}). Each kind is
 * weighed, and compared, on its own.
 */
enum TermClass {
    WORD, HEAD, NUMBER, ENTITY, HEAD_ENTITY;

    static TermClass of(String key) {
        return switch (key.charAt(0)) {
            case '@' -> ENTITY;
            case '^' -> key.length() > 1 && key.charAt(1) == '@' ? HEAD_ENTITY : HEAD;
            case '#' -> NUMBER;
            default -> WORD;
        };
    }
}
