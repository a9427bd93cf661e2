package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Finds who the sentence of a claim no attributed quote holds says is speaking: an entity mention
 * next to a speech verb ("X said", "said X", "X has also said", by lemma and tag), after an attribution
 * phrase ("according to X"), or a pronoun before a speech verb, read as the last person named as
 * a subject before it. The cue nearest the claim wins. Mentions include the role nouns and handles
 * the alias stage joined to entities, so "according to the Secretary General" names a person.
 * A claim inside a quote takes the quote stage's speaker ({@link ClaimExtractor}); this finder
 * reads only the claim's own sentence.
 */
final class ClaimantFinder {

    private static final Pattern AUXILIARIES = Pattern.compile(
            "[\\s\\u00A0]*(?:(?:has|have|had|also|later|then|further|again|once|previously|earlier)[\\s\\u00A0]+)*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_NAME_AFTER = Pattern.compile("[^,.;:!?\"“”()]{0,40}");

    private final ClaimWords words;
    private final String text;
    private final List<Sentence> sentences;
    private final List<Named> mentions = new ArrayList<>();

    ClaimantFinder(ClaimWords words, String text, List<Sentence> sentences, List<LocalEntity> entities) {
        this.words = words;
        this.text = text;
        this.sentences = sentences;
        for (int i = 0; i < entities.size(); i++) {
            for (Mention m : entities.get(i).mentions()) {
                mentions.add(new Named(m.span(), i, entities.get(i).type()));
            }
        }
        mentions.sort(Comparator.comparingInt((Named n) -> n.span().start()).thenComparingInt(n -> -n.span().end()));
    }

    /** The speaker of the claim at {@code claim} in {@code sentence}, if the sentence names one. */
    Optional<Claimant> find(Sentence sentence, Span claim) {
        return cues(sentence).stream().min(Comparator.comparingInt(c -> distance(c.at(), claim))).map(Cue::speaker);
    }

    private List<Cue> cues(Sentence sentence) {
        List<Cue> cues = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            if (speechVerb(t)) {
                before(sentence, t.span()).or(() -> participle(t) ? Optional.empty() : after(sentence, t.span()))
                        .ifPresent(s -> cues.add(new Cue(t.span(), s)));
            }
        }
        String lowerSentence = lower(sentence.span().of(text));
        for (String phrase : words.attributionPhrases) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(lowerSentence);
            while (m.find()) {
                Span at = new Span(sentence.span().start() + m.start(), sentence.span().start() + m.end());
                after(sentence, at).ifPresent(s -> cues.add(new Cue(at, s)));
            }
        }
        return cues;
    }

    /** A mention or pronoun ending just before the verb, perhaps with auxiliaries between. */
    private Optional<Claimant> before(Sentence sentence, Span verb) {
        for (Named n : mentions) {
            if (n.span().end() <= verb.start() && n.span().start() >= sentence.span().start()
                    && AUXILIARIES.matcher(text.substring(n.span().end(), verb.start())).matches()) {
                return Optional.of(new Claimant(n.entity(), n.span().of(text)));
            }
        }
        for (Token t : sentence.tokens()) {
            if (t.span().end() <= verb.start() && words.pronouns.contains(lower(t.text()))
                    && AUXILIARIES.matcher(text.substring(t.span().end(), verb.start())).matches()) {
                return lastSubjectPerson(t.span().start()).map(e -> new Claimant(e, t.text()));
            }
        }
        return Optional.empty();
    }

    /** The first mention after the cue in the same clause, a person if there is one ("said union leader Anna Berg"). */
    private Optional<Claimant> after(Sentence sentence, Span cue) {
        Matcher clause = TO_NAME_AFTER.matcher(text).region(cue.end(), sentence.span().end());
        int limit = clause.lookingAt() ? clause.end() : cue.end();
        List<Named> near = mentions.stream().filter(n -> n.span().start() >= cue.end() && n.span().start() < limit).toList();
        return near.stream().filter(n -> n.type() == EntityType.PERSON).findFirst()
                .or(() -> near.stream().findFirst())
                .map(n -> new Claimant(n.entity(), n.span().of(text)));
    }

    /**
     * The last person named before {@code offset} as the subject of a verb (followed by a verb or
     * starting its sentence), else the last person named at all.
     */
    private Optional<Integer> lastSubjectPerson(int offset) {
        Named subject = null;
        Named any = null;
        for (Named n : mentions) {
            if (n.span().end() <= offset && n.type() == EntityType.PERSON) {
                any = n;
                subject = isSubject(n.span()) ? n : subject;
            }
        }
        return Optional.ofNullable(subject != null ? subject : any).map(Named::entity);
    }

    private boolean isSubject(Span mention) {
        for (Sentence s : sentences) {
            if (!s.span().contains(mention)) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.span().start() == mention.start() && i == 0) {
                    return true;
                }
                if (t.span().start() >= mention.end()) {
                    String pos = t.pos() == null ? "" : t.pos();
                    return pos.startsWith("VB") || pos.equals("MD") || speechVerb(t);
                }
            }
        }
        return false;
    }

    /**
     * Whether the token is a verb that reports speech: its lemma is a speech verb and its tag a
     * verb's ("an important point" is no cue), or untagged.
     */
    private boolean speechVerb(Token t) {
        String pos = t.pos() == null ? "X" : t.pos();
        return (pos.startsWith("VB") || pos.equals("X"))
                && words.speechVerbs.contains(lower(t.lemma() == null ? t.text() : t.lemma()));
    }

    /**
     * A past participle names its speaker before it ("X has said"), never after: "a video posted
     * by X" is no "said X".
     */
    private static boolean participle(Token t) {
        return "VBN".equals(t.pos());
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A mention of entity {@code entity} of the article. */
    private record Named(Span span, int entity, EntityType type) {}

    /** Where a sentence names its speaker, and who. */
    private record Cue(Span at, Claimant speaker) {}
}
