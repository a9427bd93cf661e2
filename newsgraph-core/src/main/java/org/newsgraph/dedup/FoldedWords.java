package org.newsgraph.dedup;

/**
 * The lower-cased words of a text: letters, digits and combining marks, split at everything
 * else. Punctuation, case and spacing are what outlets change when they copy, so they are dropped.
 *
 * @param joined the words separated by single spaces: what an exact copy has in common
 * @param hashes a 64-bit hash of each word, in order
 */
record FoldedWords(String joined, long[] hashes) {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int NOT_A_WORD = -1;

    static FoldedWords of(String text) {
        StringBuilder joined = new StringBuilder(text.length());
        LongList hashes = new LongList();
        long hash = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int lower = lowerWordChar(cp);
            if (lower != NOT_A_WORD) {
                if (!inWord && !joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.appendCodePoint(lower);
                hash = (hash ^ lower) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                hashes.add(Mix.fmix64(hash));
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            hashes.add(Mix.fmix64(hash));
        }
        return new FoldedWords(joined.toString(), hashes.toArray());
    }

    int count() {
        return hashes.length;
    }

    /** The character lower-cased if it belongs to a word, else {@link #NOT_A_WORD}; ASCII without table lookups. */
    private static int lowerWordChar(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                return cp + ('a' - 'A');
            }
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ? cp : NOT_A_WORD;
        }
        if (Character.isLetterOrDigit(cp)) {
            return Character.toLowerCase(cp);
        }
        int type = Character.getType(cp);
        // Vowel signs of Indic scripts and accents not composed by NFC belong to their word.
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK ? cp : NOT_A_WORD;
    }
}
