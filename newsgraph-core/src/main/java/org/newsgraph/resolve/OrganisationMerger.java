package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.resolve.ArticleEntities.Draft;
import org.newsgraph.resolve.ArticleEntities.Named;

/**
 * Makes one entity of an organisation's names within an article: a name and the acronym the
 * article defines for it in brackets, either way round ("Full Name (ACR)", "ACR (Full Name)"; the
 * letters need not match, as translations garble them), and a shorter name that ends exactly one
 * longer organisation name of the article ("Security Council" of "UN Security Council"), unless
 * it is an acronym or itself cut from a longer name ("Committee" followed by "for the ...").
 */
final class OrganisationMerger {

    /** One word with two capitals or more, no spaces and never two lower-case letters running: UNESCO, AfD, U.N. */
    private static final Pattern ACRONYM =
            Pattern.compile("(?=(?:[^\\p{Lu}]*\\p{Lu}){2})(?!.*\\p{Ll}\\p{Ll})\\p{Lu}[\\p{L}\\p{N}&.\\-]{1,11}");
    private static final Pattern OPENING = Pattern.compile("[ \\t\\u00A0]*\\([ \\t\\u00A0]*");
    private static final Pattern CLOSING = Pattern.compile("[ \\t\\u00A0]*\\)");

    private final AliasLexicon lexicon;

    OrganisationMerger(AliasLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void merge(ArticleEntities entities, ArticleWords words) {
        mergeAcronyms(entities, words.text());
        mergeShortNames(entities, words);
    }

    private static void mergeAcronyms(ArticleEntities entities, String text) {
        for (Named outer : entities.names()) {
            Named inner = bracketed(entities, text, outer.mention());
            if (inner != null && definition(entities, outer, inner)) {
                entities.merge(entities.owner(outer.mention()), entities.owner(inner.mention()), EntityType.ORGANIZATION);
            }
        }
    }

    /** The recogniser's mention that stands alone in brackets right after this one, or null. */
    private static Named bracketed(ArticleEntities entities, String text, Mention mention) {
        if (mention.span().end() > text.length()) {
            return null;
        }
        Matcher open = OPENING.matcher(text).region(mention.span().end(), text.length());
        if (!open.lookingAt()) {
            return null;
        }
        Named inner = entities.nameStartingAt(open.end());
        if (inner == null) {
            return null;
        }
        int end = inner.mention().span().end();
        return end <= text.length() && CLOSING.matcher(text).region(end, text.length()).lookingAt() ? inner : null;
    }

    /** A full name and an acronym, of an organisation and nothing that is a person or a place. */
    private static boolean definition(ArticleEntities entities, Named a, Named b) {
        Draft x = entities.owner(a.mention());
        Draft y = entities.owner(b.mention());
        if (x == y || x.is(EntityType.PERSON) || y.is(EntityType.PERSON) || x.isPlace() || y.isPlace()) {
            return false;
        }
        if (!x.is(EntityType.ORGANIZATION) && !y.is(EntityType.ORGANIZATION)) {
            return false;
        }
        return fullAndShort(a.mention().text(), b.mention().text()) || fullAndShort(b.mention().text(), a.mention().text());
    }

    private static boolean fullAndShort(String full, String acronym) {
        return MentionGrouper.words(full).size() >= 2 && ACRONYM.matcher(acronym.strip()).matches();
    }

    private void mergeShortNames(ArticleEntities entities, ArticleWords words) {
        for (Draft shorter : entities.ofType(EntityType.ORGANIZATION)) {
            if (!entities.holds(shorter) || opensLongerName(shorter, words, lexicon) || acronym(shorter)) {
                continue;
            }
            List<Draft> longer = longerNamesEnding(entities, shorter);
            if (longer.size() == 1) {
                entities.merge(longer.get(0), shorter, EntityType.ORGANIZATION);
            }
        }
    }

    /** Whether the organisation is named by an acronym: "NFL" is a name of its own, even at the end of another. */
    private static boolean acronym(Draft org) {
        return org.names().stream().anyMatch(m -> ACRONYM.matcher(m.text().strip()).matches());
    }

    /** The other organisations with a name that ends with one of this one's names. */
    private List<Draft> longerNamesEnding(ArticleEntities entities, Draft shorter) {
        Set<List<String>> tails = forms(shorter);
        List<Draft> found = new ArrayList<>();
        for (Draft other : entities.ofType(EntityType.ORGANIZATION)) {
            if (other != shorter && forms(other).stream().anyMatch(f -> tails.stream().anyMatch(t -> endsWithHead(f, t)))) {
                found.add(other);
            }
        }
        return found;
    }

    /**
     * Whether {@code name} is longer and ends with {@code tail} as its head: not after "of" or
     * "and", where the tail is a name of its own ("Bank of England" does not end "England").
     */
    private boolean endsWithHead(List<String> name, List<String> tail) {
        int cut = name.size() - tail.size();
        return cut > 0 && name.subList(cut, name.size()).equals(tail)
                && !lexicon.functionWords.contains(name.get(cut - 1));
    }

    /**
     * Whether a mention of the organisation is followed by "of" or "for": then the recogniser cut a
     * longer name short ("Committee" of "Committee for the Re-election ..."), and it is no short form.
     */
    static boolean opensLongerName(Draft org, ArticleWords words, AliasLexicon lexicon) {
        for (Mention m : org.names()) {
            int last = m.span().end() <= words.text().length() ? words.endingAt(m.span().end()) : -1;
            if (last >= 0 && words.joined(last + 1) && lexicon.complementPrepositions.contains(words.norm(last + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Set<List<String>> forms(Draft entity) {
        Set<List<String>> forms = new LinkedHashSet<>();
        for (Mention m : entity.names()) {
            List<String> words = MentionGrouper.words(m.text());
            if (!words.isEmpty()) {
                forms.add(words);
            }
        }
        return forms;
    }
}
