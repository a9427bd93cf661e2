package org.newsgraph.resolve;

import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Where an article says what kind of place a name is: "the town of X", "X, a town in ...",
 * "X, the village where ...", "X region". Such a name is a place whatever its size, unlike one
 * after "in" or "to", which stand before people too. The kinds are data files of one language.
 */
final class PlaceKinds {

    private static final Pattern PHRASE_END = Pattern.compile("[ \\t\\u00A0]*(?:[,.;:)]|\\n|$)");
    private static final int MODIFIERS = 2;

    private final ContextCues before = ContextCues.load("english/place-kind-cues.txt");
    private final Phrases kinds = Phrases.load("english/place-kinds.txt");
    private final Phrases suffixes = Phrases.load("english/place-suffixes.txt");
    private final Phrases articles = Phrases.load("english/indefinite-articles.txt");
    private final Phrases definite = Phrases.load("english/definite-articles.txt");
    private final Phrases functionWords = Phrases.load("english/function-words.txt");

    /** Whether the words around this mention name a kind of place. */
    boolean named(ArticleWords words, Span mention) {
        if (mention.end() > words.text().length()) {
            return false;
        }
        int last = words.endingAt(mention.end());
        return before.precede(words.text(), mention.start())
                || last >= 0 && (suffixed(words, last) || apposition(words, last));
    }

    /** "X region": a kind of region right after the name. */
    private boolean suffixed(ArticleWords words, int last) {
        return words.joined(last + 1) && !words.gap(last + 1).contains("-") && suffixes.contains(words.norm(last + 1));
    }

    /** "X, a (small) town in ...": an article, at most two modifiers, a kind ending its phrase. */
    private boolean apposition(ArticleWords words, int last) {
        int i = last + 1;
        if (!words.commaBefore(i) || !(articles.contains(words.norm(i)) || definite.contains(words.norm(i)))) {
            return false;
        }
        for (int kind = i + 1; kind <= i + 1 + MODIFIERS && kind < words.size() && words.joined(kind); kind++) {
            if (kinds.contains(words.norm(kind))) {
                return endsPhrase(words, kind);
            }
            if (functionWords.contains(words.norm(kind))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the kind is the head of its phrase: punctuation or a function word follows it. */
    private boolean endsPhrase(ArticleWords words, int kind) {
        int end = words.get(kind).span().end();
        if (PHRASE_END.matcher(words.text()).region(end, words.text().length()).lookingAt()) {
            return true;
        }
        int next = kind + 1;
        return next < words.size() && words.joined(next) && functionWords.contains(words.norm(next));
    }
}
