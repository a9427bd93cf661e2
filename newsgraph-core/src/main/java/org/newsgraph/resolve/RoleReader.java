package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.resolve.ArticleEntities.Draft;
import org.newsgraph.resolve.RolePhrases.Phrase;

/**
 * Reads the roles an article ties to its people: a title right before a mention ("Prime Minister
 * X", "UN Secretary-General X", "President of Y X"), one set off by commas before it ("Y's
 * spokesman, X,"), or an apposition right after it ("X, the foreign minister of Y,"). Each person
 * gets the office ("president") and the whole phrase ("french president") as roles. A title
 * followed by another name than the mention's is that name's ("X, President Z" gives X nothing).
 */
final class RoleReader {

    /** What may follow an apposition or a name set off by commas: the end of the phrase. */
    private static final Pattern PHRASE_END = Pattern.compile("[ \\t\\u00A0]*(?:[,.;:)]|\\n|$)");

    private final ArticleWords words;
    private final ArticleEntities entities;
    private final RolePhrases phrases;

    RoleReader(ArticleWords words, ArticleEntities entities, RolePhrases phrases) {
        this.words = words;
        this.entities = entities;
        this.phrases = phrases;
    }

    /** Every role tie of the article's people, in text order, their roles recorded on them. */
    List<RoleTie> read() {
        List<RoleTie> ties = new ArrayList<>();
        for (Draft person : entities.ofType(EntityType.PERSON)) {
            for (Mention mention : person.names()) {
                tie(person, before(mention), ties);
                tie(person, after(mention), ties);
            }
        }
        ties.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return ties;
    }

    private void tie(Draft person, Phrase phrase, List<RoleTie> ties) {
        if (phrase == null) {
            return;
        }
        String head = phrases.head(phrase);
        String whole = phrases.text(phrase);
        ties.add(new RoleTie(person, head, whole, phrases.narrowing(phrase), phrases.namesOrganisation(phrase),
                phrases.span(phrase)));
        entities.addRole(person, head);
        entities.addRole(person, whole);
    }

    /** A title right before the mention, or one set off by commas with an article or a possessor. */
    private Phrase before(Mention mention) {
        int first = words.startingAt(mention.span().start());
        if (first <= 0) {
            return null;
        }
        if (words.joined(first)) {
            return phrases.endingBefore(first);
        }
        if (words.commaBefore(first) && endsPhrase(mention.span().end())) {
            Phrase set = phrases.endingBefore(first);
            return set != null && set.determined() ? set : null;
        }
        return null;
    }

    /** An apposition: a comma, then an office phrase that ends where the apposition ends. */
    private Phrase after(Mention mention) {
        int last = words.endingAt(mention.span().end());
        int start = last + 1;
        if (last < 0 || !words.commaBefore(start)) {
            return null;
        }
        if (phrases.isArticle(start) && words.joined(start + 1)) {
            start++;
        }
        Phrase phrase = phrases.startingAt(start, false);
        if (phrase == null || words.get(phrase.headLast()).possessive() && phrase.last() == phrase.headLast()) {
            return null;
        }
        return endsPhrase(words.get(phrase.last()).span().end()) ? phrase : null;
    }

    private boolean endsPhrase(int offset) {
        return offset <= words.text().length() && PHRASE_END.matcher(words.text()).region(offset, words.text().length()).lookingAt();
    }
}
