package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.ArticleEntities.Draft;
import org.newsgraph.resolve.ArticleEntities.Named;

/**
 * Finds social-media handles ("@name") and the entity each stands for: the person or organisation
 * named right before it in brackets ("Full Name (@handle)"), else the one person whose surname (the
 * last word of a full name, four letters or more) the handle contains, a final y or i doubled or
 * single and accents ignored, or the one organisation whose name or acronym it spells. A handle
 * that fits two entities, or none, is left alone; a lone first name ("Anna") is no surname.
 */
final class HandleFinder {

    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([A-Za-z0-9_]{2,30})(?![\\p{L}\\p{N}_@])");
    private static final Pattern BRACKET_BEFORE = Pattern.compile("[ \\t\\u00A0]*\\([ \\t\\u00A0]*");

    private final ArticleEntities entities;

    HandleFinder(ArticleEntities entities) {
        this.entities = entities;
    }

    void find(String text) {
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (entities.overlaps(span, null)) {
                continue;
            }
            Draft owner = bracketedAfterName(text, m.start());
            if (owner == null) {
                owner = onlyFit(SurnameSpellings.fold(m.group(1)));
            }
            if (owner != null) {
                entities.addMention(owner, new Mention(span, m.group()));
            }
        }
    }

    /** The person or organisation named right before "(" and this handle, or null. */
    private Draft bracketedAfterName(String text, int handle) {
        int open = text.lastIndexOf('(', handle);
        if (open < 0 || !text.substring(open + 1, handle).isBlank()) {
            return null;
        }
        for (Named named : entities.names()) {
            int end = named.mention().span().end();
            if (end <= open && BRACKET_BEFORE.matcher(text.substring(end, handle)).matches()) {
                Draft owner = entities.owner(named.mention());
                return owner.is(EntityType.PERSON) || owner.is(EntityType.ORGANIZATION) ? owner : null;
            }
        }
        return null;
    }

    private Draft onlyFit(String handle) {
        List<Draft> fits = new ArrayList<>();
        for (Draft d : entities.all()) {
            if (d.is(EntityType.PERSON) && containsSurname(handle, d) || d.is(EntityType.ORGANIZATION) && spellsName(handle, d)) {
                fits.add(d);
            }
        }
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /** Whether the handle contains a spelling of the person's surname: the last word of a full name. */
    private static boolean containsSurname(String handle, Draft person) {
        return SurnameSpellings.surnames(person).stream()
                .flatMap(s -> SurnameSpellings.spellings(s).stream())
                .anyMatch(handle::contains);
    }

    private static boolean spellsName(String handle, Draft org) {
        return org.names().stream().anyMatch(m -> SurnameSpellings.fold(m.text()).equals(handle));
    }
}
