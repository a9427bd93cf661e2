package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Finds places the recogniser left untagged ("met ... in X", X tagged O): a capitalised word, not
 * the first of its sentence, in no mention of the article and with no tag of its own, that stands
 * after a locative cue and that the gazetteer knows as a country or a city big enough to trust.
 * The words of one spelling become one LOCATION entity. A word of a person's name in the article
 * is left alone.
 */
final class UntaggedPlaces {

    private static final String UNTAGGED = "O";

    private final ContextCues locatives;
    private final Function<String, Optional<Place>> likelyPlace;

    UntaggedPlaces(ContextCues locatives, Function<String, Optional<Place>> likelyPlace) {
        this.locatives = locatives;
        this.likelyPlace = likelyPlace;
    }

    /**
     * The entities with the untagged places added: a word spelled as a place entity's name or
     * mention joins that entity, others become new entities after the rest, in order of first
     * mention.
     */
    List<LocalEntity> addTo(String text, List<Sentence> sentences, List<LocalEntity> entities) {
        List<LocalEntity> all = new ArrayList<>(entities);
        for (LocalEntity place : find(text, sentences, entities)) {
            int same = sameSpelling(all, place.name());
            if (same < 0) {
                all.add(place);
            } else {
                List<Mention> mentions = new ArrayList<>(all.get(same).mentions());
                mentions.addAll(place.mentions());
                mentions.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
                all.set(same, all.get(same).with(mentions, all.get(same).roles()));
            }
        }
        return all;
    }

    private static int sameSpelling(List<LocalEntity> entities, String word) {
        for (int e = 0; e < entities.size(); e++) {
            LocalEntity entity = entities.get(e);
            if (entity.type() == EntityType.LOCATION && (entity.name().equals(word) || entity.aliases().contains(word))) {
                return e;
            }
        }
        return -1;
    }

    /** The untagged places as new entities, in order of first mention. */
    private List<LocalEntity> find(String text, List<Sentence> sentences, List<LocalEntity> entities) {
        Map<String, List<Mention>> found = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!candidate(t) || named(t.span(), entities) || personWord(t.text(), entities)
                        || !locatives.precede(text, t.span().start())) {
                    continue;
                }
                Optional<Place> place = places.containsKey(t.text()) ? Optional.of(places.get(t.text())) : likelyPlace.apply(t.text());
                if (place.isPresent()) {
                    places.put(t.text(), place.get());
                    found.computeIfAbsent(t.text(), w -> new ArrayList<>()).add(new Mention(t.span(), t.text()));
                }
            }
        }
        List<LocalEntity> added = new ArrayList<>();
        found.forEach((word, mentions) -> added.add(new LocalEntity(word, EntityType.LOCATION, mentions, places.get(word))));
        return added;
    }

    private static boolean candidate(Token t) {
        String word = t.text();
        return word.length() > 2 && Character.isUpperCase(word.codePointAt(0)) && word.chars().allMatch(Character::isLetter)
                && (t.ner() == null || t.ner().equals(UNTAGGED));
    }

    private static boolean named(Span span, List<LocalEntity> entities) {
        return entities.stream().flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.span().overlaps(span));
    }

    private static boolean personWord(String word, List<LocalEntity> entities) {
        List<String> own = MentionGrouper.words(word);
        return !own.isEmpty() && entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .anyMatch(e -> MentionGrouper.words(e.name()).contains(own.get(0)));
    }
}
