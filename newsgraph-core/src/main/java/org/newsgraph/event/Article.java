package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;

/**
 * One article as the event finder reads it: per sentence, where its entities are named and where
 * its time expressions stand, in tokens; which words are inside a recogniser's name; the quotes
 * and the city of the wire dateline, if any (the cleaner's {@link org.newsgraph.model.Dateline}).
 */
final class Article {

    /** Named-entity tags of tokens that are times or numbers, never event words. */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    /** An entity named at tokens {@code first..last} of a sentence. */
    record Named(int entity, int first, int last, Span span) {}

    /** A time expression at tokens {@code first..last} of a sentence. */
    record Dated(Timex timex, int first, int last) {}

    private final Document document;
    private final List<List<Named>> named = new ArrayList<>();
    private final List<List<Dated>> dated = new ArrayList<>();
    private final List<boolean[]> inName = new ArrayList<>();
    private final Map<Integer, Boolean> headlineCase = new HashMap<>();
    private final Span dateline;
    private final RoleNames roles;

    Article(Document document, RoleNames roles) {
        this.document = document;
        this.dateline = document.dateline() == null ? null : document.dateline().whole();
        this.roles = roles;
        for (Sentence s : sentences()) {
            named.add(new ArrayList<>());
            dated.add(new ArrayList<>());
            inName.add(new boolean[s.tokens().size()]);
        }
        index();
    }

    private void index() {
        for (NameMention n : document.nlp().names()) {
            int s = sentenceOf(n.span());
            int[] range = s < 0 ? null : tokens(s, n.span());
            for (int i = range == null ? 0 : range[0]; range != null && i <= range[1]; i++) {
                inName.get(s)[i] = true;
            }
        }
        List<LocalEntity> entities = document.entities();
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                int s = sentenceOf(m.span());
                int[] range = s < 0 ? null : tokens(s, m.span());
                if (range != null) {
                    named.get(s).add(new Named(e, range[0], range[1], m.span()));
                }
            }
        }
        addMissedRepeats();
        addRoles();
        named.forEach(list -> list.sort((a, b) -> a.first() != b.first() ? a.first() - b.first() : a.last() - b.last()));
        for (Timex t : document.nlp().timexes()) {
            int s = sentenceOf(t.span());
            int[] range = s < 0 ? null : tokens(s, t.span());
            if (range != null) {
                dated.get(s).add(new Dated(t, range[0], range[1]));
            }
        }
    }

    /**
     * A word of a person's or organisation's name ("Kowalska" of "Anna Kowalska") that the
     * recogniser tagged in one sentence but not in another still names the entity there, unless it
     * is a word of two entities' names.
     */
    private void addMissedRepeats() {
        Map<String, Integer> forms = new HashMap<>();
        List<LocalEntity> entities = document.entities();
        for (int e = 0; e < entities.size(); e++) {
            LocalEntity entity = entities.get(e);
            if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : entity.mentions()) {
                String form = m.text();
                if (form.length() >= 3 && Character.isUpperCase(form.charAt(0)) && !form.contains(" ")
                        && List.of(entity.name().split("\\s+")).contains(form)) {
                    Integer other = forms.putIfAbsent(form, e);
                    if (other != null && other != e) {
                        forms.put(form, -1);
                    }
                }
            }
        }
        for (int s = 0; s < named.size(); s++) {
            List<Token> tokens = tokens(s);
            boolean[] covered = new boolean[tokens.size()];
            named.get(s).forEach(n -> java.util.Arrays.fill(covered, n.first(), n.last() + 1, true));
            for (int i = 0; i < tokens.size(); i++) {
                Integer e = forms.get(tokens.get(i).text());
                if (e != null && e >= 0 && !covered[i] && !inName.get(s)[i]) {
                    named.get(s).add(new Named(e, i, i, tokens.get(i).span()));
                }
            }
        }
    }

    /** "The President of Freedonia" names the person the article introduces as President of Freedonia ({@link RoleNames}). */
    private void addRoles() {
        List<List<Token>> tokens = new ArrayList<>();
        for (int s = 0; s < named.size(); s++) {
            tokens.add(tokens(s));
        }
        for (RoleNames.Role r : roles.find(tokens, named, e -> entity(e).type() == EntityType.PERSON)) {
            named.get(r.sentence()).add(new Named(r.person(), r.first(), r.last(), span(r.sentence(), r.first(), r.last())));
        }
    }

    Document document() {
        return document;
    }

    String text() {
        return document.text();
    }

    List<Sentence> sentences() {
        return document.nlp().sentences();
    }

    List<Token> tokens(int sentence) {
        return sentences().get(sentence).tokens();
    }

    LocalEntity entity(int index) {
        return document.entities().get(index);
    }

    List<Named> named(int sentence) {
        return named.get(sentence);
    }

    List<Dated> dated(int sentence) {
        return dated.get(sentence);
    }

    List<Quote> quotes() {
        return document.quotes();
    }

    /**
     * Whether a word can name an event: not inside a name, not part of a time expression, and not a
     * capitalised proper noun inside a sentence in running text, which names a film, a firm or a
     * forum ("Summit Entertainment") rather than an event.
     */
    boolean eventWord(int sentence, int token) {
        Token t = tokens(sentence).get(token);
        if (inName.get(sentence)[token] || (t.ner() != null && TIME_TAGS.contains(t.ner()))) {
            return false;
        }
        boolean properNoun = t.pos().startsWith("NNP") && Character.isUpperCase(t.text().codePointAt(0));
        return !properNoun || token == 0 || headlineCase(sentence);
    }

    /** Whether most words of a sentence are capitalised, as in a headline; read once a sentence. */
    private boolean headlineCase(int sentence) {
        return headlineCase.computeIfAbsent(sentence, this::readHeadlineCase);
    }

    private boolean readHeadlineCase(int sentence) {
        int words = 0;
        int capitals = 0;
        for (Token t : tokens(sentence)) {
            if (Character.isLetter(t.text().codePointAt(0))) {
                words++;
                capitals += Character.isUpperCase(t.text().codePointAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitals * 10 >= words * 6;
    }

    /** Whether a word is part of a time expression by its tag ("last" in "last week"). */
    boolean timeWord(int sentence, int token) {
        String ner = tokens(sentence).get(token).ner();
        return ner != null && TIME_TAGS.contains(ner);
    }

    /** Whether a span is in the wire dateline the text opens with: its city, date or agency. */
    boolean inDateline(Span span) {
        return dateline != null && dateline.overlaps(span);
    }

    boolean isPersonOrOrganisation(int entity) {
        EntityType type = entity(entity).type();
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
    }

    boolean isLocation(int entity) {
        return entity(entity).type() == EntityType.LOCATION;
    }

    /** The lower-cased lemma and word of a token, the candidates a phrase's word is matched against. */
    List<String> lemmas(int sentence, int token) {
        Token t = tokens(sentence).get(token);
        String word = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
        return lemma.equals(word) ? List.of(word) : List.of(lemma, word);
    }

    /** The sentence holding a span's start, or -1. */
    int sentenceOf(Span span) {
        List<Sentence> sentences = sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (span.start() < s.start()) {
                hi = mid - 1;
            } else if (span.start() >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The first and last token of a sentence that a span overlaps, or null when it overlaps none. */
    int[] tokens(int sentence, Span span) {
        List<Token> tokens = tokens(sentence);
        int from = 0;
        int to = tokens.size();
        while (from < to) { // the first token that ends after the span starts: tokens are in text order
            int mid = (from + to) >>> 1;
            if (tokens.get(mid).span().end() <= span.start()) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        int first = -1;
        int last = -1;
        for (int i = from; i < tokens.size() && tokens.get(i).span().start() < span.end(); i++) {
            if (tokens.get(i).span().overlaps(span)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** The span of tokens {@code first..last} of a sentence. */
    Span span(int sentence, int first, int last) {
        List<Token> tokens = tokens(sentence);
        return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    }
}
