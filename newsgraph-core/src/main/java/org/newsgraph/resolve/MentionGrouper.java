package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.Offices;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Groups the name mentions of one article into its entities. The same name is one entity
 * whatever tag the recogniser gave each mention (the majority tag wins); a person's shorter
 * form (a surname, or the last words of a full name) joins the most recent full name that ends
 * with it, a full name met after its surname absorbs that surname's group, and a lone word that
 * ends no name joins the one person whose full name begins with it (a given name: "Steve"). A
 * "person" the recogniser finds in a title alone ("Crown Prince", "President") names no one: the
 * words are an office ({@link Offices}), and the name, if any, follows them. A person the
 * headline names and the text does not (a speech's release names its speaker in the headline
 * only: "Speech by President X in ...") is an entity of the article too, with no mention in the
 * text.
 */
public final class MentionGrouper implements Stage {

    private static final List<String> OFFICE_LIST = Offices.english();
    private static final Phrases OFFICES = Phrases.of(OFFICE_LIST);
    private static final OfficeHolders HOLDERS = new OfficeHolders(OFFICE_LIST, MentionGrouper::trustedPlace);

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.NER);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.ENTITIES);
    }

    @Override
    public Document apply(Document document) {
        List<Group> groups = new ArrayList<>();
        for (NameMention name : HOLDERS.addTo(document.nlp().sentences(), document.nlp().names())) {
            place(groups, name);
        }
        List<Group> fromText = List.copyOf(groups);
        for (NameMention name : headlinePeople(document.headline())) {
            List<String> words = words(name.text());
            if (fromText.stream().anyMatch(g -> g.shares(words))) {
                continue; // the text names them ("Anna Berg" over "Berg"), or the recogniser ran a word on ("Anna Berg Resigns")
            }
            Group target = match(groups, name);
            if (target == null) {
                target = new Group();
                groups.add(target);
            }
            target.name(name, words);
        }
        return document.withEntities(groups.stream().map(Group::toEntity).toList());
    }

    /**
     * The people the recogniser (and the office rule) finds in the headline. Only people: a headline
     * in title case has the recogniser take capitalised words for organisations and places, and the
     * text names the places and bodies it is about.
     */
    private static List<NameMention> headlinePeople(NlpDocument headline) {
        return HOLDERS.addTo(headline.sentences(), headline.names()).stream()
                .filter(n -> n.type() == EntityType.PERSON && !namesNoOne(n.type(), words(n.text())))
                .toList();
    }

    /** Whether a name's words name no one: none at all, or a person's that are an office alone ("Crown Prince"). */
    private static boolean namesNoOne(EntityType type, List<String> words) {
        return words.isEmpty() || type == EntityType.PERSON && OFFICES.contains(ArticleWords.normal(String.join(" ", words)));
    }

    /** A country or a place as big as the place typer trusts, by the shipped gazetteer (loaded when first asked). */
    private static boolean trustedPlace(String name) {
        return Gazetteer.geonames().trusted(name, PlaceTyperConfig.defaults().minPopulation()).isPresent();
    }

    private static void place(List<Group> groups, NameMention name) {
        List<String> words = words(name.text());
        if (namesNoOne(name.type(), words)) {
            return;
        }
        Group target = match(groups, name);
        if (target == null) {
            target = new Group();
            groups.add(target);
        }
        target.add(name, words);
    }

    /** The group a name joins: one of the same name, else for a person a longer, shorter or given-name form. */
    private static Group match(List<Group> groups, NameMention name) {
        List<String> words = words(name.text());
        Group target = sameName(groups, words);
        if (target == null && name.type() == EntityType.PERSON) {
            target = longerName(groups, words);
            if (target == null) {
                target = shorterName(groups, words);
            }
            if (target == null) {
                target = givenName(groups, words);
            }
        }
        return target;
    }

    private static Group sameName(List<Group> groups, List<String> words) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            if (groups.get(i).forms.contains(words)) {
                return groups.get(i);
            }
        }
        return null;
    }

    /** The most recent person whose longest name ends with these words. */
    private static Group longerName(List<Group> groups, List<String> words) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            if (g.isPerson() && g.longest.size() > words.size() && endsWith(g.longest, words)) {
                return g;
            }
        }
        return null;
    }

    /** A person so far named only by a shorter form that this full name ends with. */
    private static Group shorterName(List<Group> groups, List<String> words) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            if (g.isPerson() && g.longest.size() < words.size() && endsWith(words, g.longest)) {
                return g;
            }
        }
        return null;
    }

    /**
     * The one person so far whose full name begins with this lone word ("Steve" after "Steve
     * Jobs", "Xi" after "Xi Jinping"); none when two people share it.
     */
    private static Group givenName(List<Group> groups, List<String> words) {
        if (words.size() != 1) {
            return null;
        }
        List<Group> candidates = groups.stream()
                .filter(g -> g.isPerson() && g.longest.size() > 1 && g.longest.get(0).equals(words.get(0))).toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static boolean endsWith(List<String> whole, List<String> tail) {
        return whole.subList(whole.size() - tail.size(), whole.size()).equals(tail);
    }

    /** Lower-cased words of a name, possessive endings and outer punctuation dropped. */
    static List<String> words(String name) {
        String plain = name.replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[\\s\\u00A0]+")) {
            String core = w.replaceAll("^[^\\p{L}\\p{N}@#]+|[^\\p{L}\\p{N}]+$", "");
            if (!core.isEmpty()) {
                words.add(core);
            }
        }
        return words;
    }

    /** Mentions gathered for one entity, in text order. */
    private static final class Group {

        private final List<Mention> mentions = new ArrayList<>();
        private final List<List<String>> forms = new ArrayList<>();
        private final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        private List<String> longest = List.of();
        private String name = "";
        private EntityType firstType;

        void add(NameMention mention, List<String> words) {
            mentions.add(new Mention(mention.span(), mention.text()));
            name(mention, words);
        }

        /** Counts a name without a mention in the text: one the headline gives. */
        void name(NameMention mention, List<String> words) {
            forms.add(words);
            votes.merge(mention.type(), 1, Integer::sum);
            if (firstType == null) {
                firstType = mention.type();
            }
            if (words.size() > longest.size()) {
                longest = words;
                name = mention.text();
            }
        }

        /** Whether any of these words of three letters or more is a word of one of this entity's names. */
        boolean shares(List<String> words) {
            return words.stream().anyMatch(w -> w.length() >= 3 && forms.stream().anyMatch(f -> f.contains(w)));
        }

        boolean isPerson() {
            return type() == EntityType.PERSON;
        }

        /** The tag most mentions carry; on a tie, the first mention's. */
        EntityType type() {
            EntityType best = firstType;
            for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
                if (vote.getValue() > votes.get(best)) {
                    best = vote.getKey();
                }
            }
            return best;
        }

        LocalEntity toEntity() {
            return new LocalEntity(name, type(), mentions);
        }
    }
}
