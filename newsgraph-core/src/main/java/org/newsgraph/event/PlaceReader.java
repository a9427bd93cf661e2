package org.newsgraph.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Token;

/**
 * Reads where a trigger's clause puts its event: a place named after a cue that holds for the
 * event's type ("in X", "at X", "a visit to X", "spoke from X"), the object of a verb of visiting
 * ("visited X"), or a place named before the trigger's noun ("the X summit"); the nearest after
 * the trigger first, else the nearest before. A place in the wire dateline is not read, nor a
 * place in the possessive ("in X's war"), which names an actor.
 */
final class PlaceReader {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> MODIFIER_TAGS = Set.of("NNP", "NNPS", "JJ", "HYPH", "NN");

    private final Map<String, Set<String>> cues;

    PlaceReader(Map<String, Set<String>> cues) {
        this.cues = cues;
    }

    /** The LOCATION entity where the clause puts an event of this type, or -1. */
    int place(Article article, EventType type, int sentence, int first, int last, boolean noun, Clause clause) {
        int before = -1;
        for (Article.Named n : article.named(sentence)) {
            if (!article.isLocation(n.entity()) || article.inDateline(n.span()) || possessive(article, sentence, n)) {
                continue;
            }
            if (n.first() > last && (noun ? clause.widelyHolds(n.first()) : clause.holds(n.first()))
                    && (cued(article, type, sentence, n) || object(article, type, sentence, last, noun, n))) {
                return n.entity();
            }
            if (n.last() < first && clause.holds(n.first())
                    && (cued(article, type, sentence, n) || modifier(article, type, sentence, first, noun, n))) {
                before = n.entity();
            }
        }
        return before;
    }

    private boolean cued(Article article, EventType type, int sentence, Article.Named n) {
        int i = n.first() - 1;
        List<Token> tokens = article.tokens(sentence);
        if (i >= 0 && DETERMINERS.contains(lower(tokens.get(i)))) {
            i--;
        }
        return i >= 0 && applies(lower(tokens.get(i)), type);
    }

    private boolean object(Article article, EventType type, int sentence, int last, boolean noun, Article.Named n) {
        int gap = n.first() - last;
        boolean next = gap == 1 || (gap == 2 && DETERMINERS.contains(lower(article.tokens(sentence).get(last + 1))));
        return !noun && next && applies(EventLexicon.OBJECT_CUE, type);
    }

    private boolean modifier(Article article, EventType type, int sentence, int first, boolean noun, Article.Named n) {
        if (!noun || first - n.last() > 3 || !applies(EventLexicon.MODIFIER_CUE, type)) {
            return false;
        }
        for (int i = n.last() + 1; i < first; i++) {
            if (!MODIFIER_TAGS.contains(article.tokens(sentence).get(i).pos())) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(Article article, int sentence, Article.Named n) {
        List<Token> tokens = article.tokens(sentence);
        return n.last() + 1 < tokens.size() && tokens.get(n.last() + 1).pos().equals("POS");
    }

    private boolean applies(String cue, EventType type) {
        Set<String> types = cues.get(cue);
        return types != null && (types.contains(EventLexicon.ALL_TYPES) || types.contains(type.name()));
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
