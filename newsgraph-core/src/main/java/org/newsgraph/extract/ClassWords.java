package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a class name or id: split at every character that is not a letter or digit and
 * where camelCase turns upper, lower-cased. {@code c-articleBody__text} has the words
 * {@code c article body text}.
 */
final class ClassWords {

    private ClassWords() {}

    /** The class names and the id, each a name of its own. */
    static List<String> names(String classes, String id) {
        List<String> names = new ArrayList<>();
        String all = classes + " " + id;
        int start = 0;
        for (int i = 0; i <= all.length(); i++) {
            if (i == all.length() || Character.isWhitespace(all.charAt(i))) {
                if (i > start) {
                    names.add(all.substring(start, i));
                }
                start = i + 1;
            }
        }
        return names;
    }

    /** The words of one name, joined by single spaces, with a space at each end. */
    static String of(String name) {
        StringBuilder words = new StringBuilder(name.length() + 2).append(' ');
        char previous = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordChar = c < 128 ? Character.isLetterOrDigit(c) : false;
            boolean camel = Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous));
            if (!wordChar || camel) {
                space(words);
            }
            if (wordChar) {
                words.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        space(words);
        return words.toString();
    }

    private static void space(StringBuilder words) {
        if (words.charAt(words.length() - 1) != ' ') {
            words.append(' ');
        }
    }
}
