package org.newsgraph.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.lexicon.Offices;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Corrects the type of entities that name places and gives every place its gazetteer entry. The
 * recogniser tags one city as a person in one sentence and a place in the next; a name the
 * gazetteer knows becomes a LOCATION when the article supports it: one of its mentions was tagged
 * LOCATION, or stands after a locative cue ("in", "arrived in", "the capital"); such weak cues
 * retype only cities big enough to trust ({@link PlaceTyperConfig}) and countries. Where the
 * article says what kind of place the name is ("X, a town in ...", "the village of X", "X region"),
 * any place of the gazetteer qualifies. A mention after a person's title ("President", "Mr")
 * keeps the entity as it is, and so does a name that is part of a person's longer name in the
 * same article. Organisations are left alone: a club or a government named after its city is
 * not the city. A place the recogniser left untagged after a locative cue joins the place entity of
 * its spelling, or becomes an entity of its own after the others ({@link UntaggedPlaces}).
 */
public final class PlaceTyper implements Stage {

    private final Gazetteer gazetteer;
    private final PlaceTyperConfig config;
    private final ContextCues locatives = ContextCues.load("english/locative-cues.txt");
    private final ContextCues titles = ContextCues.load("english/person-titles.txt").and(Offices.english());
    private final PlaceKinds kinds = new PlaceKinds();

    public PlaceTyper(Gazetteer gazetteer, PlaceTyperConfig config) {
        this.gazetteer = gazetteer;
        this.config = config;
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.ENTITIES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.PLACES);
    }

    @Override
    public Document apply(Document document) {
        Article article = new Article(document, locationSpans(document));
        List<LocalEntity> typed = document.entities().stream().map(e -> type(e, article)).toList();
        return document.withEntities(new UntaggedPlaces(locatives, this::likelyPlace).addTo(document.text(),
                document.nlp().sentences(), typed), Facet.PLACES);
    }

    private LocalEntity type(LocalEntity entity, Article article) {
        if (entity.type() == null) {
            return entity;
        }
        return switch (entity.type()) {
            case LOCATION -> gazetteer.lookup(entity.name()).stream().findFirst().map(entity::asPlace).orElse(entity);
            case PERSON, MISC -> retyped(entity, article);
            case ORGANIZATION -> entity;
        };
    }

    private LocalEntity retyped(LocalEntity entity, Article article) {
        if (article.titled(entity) || article.partOfPersonName(entity)) {
            return entity;
        }
        Optional<Place> place = Optional.empty();
        if (article.namesKindOfPlace(entity)) {
            place = gazetteer.lookup(entity.name()).stream().findFirst();
        } else if (article.supportsPlace(entity)) {
            place = likelyPlace(entity.name());
        }
        return place.map(entity::asPlace).orElse(entity);
    }

    /** The biggest place of this name big enough to trust, or any country of this name. */
    private Optional<Place> likelyPlace(String name) {
        return gazetteer.trusted(name, config.minPopulation());
    }

    private static Set<Span> locationSpans(Document document) {
        Set<Span> spans = new HashSet<>();
        for (NameMention name : document.nlp().names()) {
            if (name.type() == EntityType.LOCATION) {
                spans.add(name.span());
            }
        }
        return spans;
    }

    /** What the article says about its entities: the text and where the recogniser saw places. */
    private final class Article {

        private final Document document;
        private final Set<Span> locations;
        private final ArticleWords words;

        Article(Document document, Set<Span> locations) {
            this.document = document;
            this.locations = locations;
            this.words = ArticleWords.of(document.text());
        }

        /** Whether a person's title stands before one of its mentions. */
        boolean titled(LocalEntity entity) {
            return entity.mentions().stream().anyMatch(m -> titles.precede(document.text(), m.span().start()));
        }

        /** A LOCATION tag or a locative cue at one of its mentions. */
        boolean supportsPlace(LocalEntity entity) {
            return entity.mentions().stream().anyMatch(m -> placeReading(document.text(), m));
        }

        /** Whether the article says what kind of place it is at one of its mentions ("X, a town"). */
        boolean namesKindOfPlace(LocalEntity entity) {
            return entity.mentions().stream().anyMatch(m -> kinds.named(words, m.span()));
        }

        private boolean placeReading(String text, Mention mention) {
            return locations.contains(mention.span()) || locatives.precede(text, mention.span().start());
        }

        /** Whether another person of the article bears this name inside a longer one. */
        boolean partOfPersonName(LocalEntity entity) {
            List<String> words = MentionGrouper.words(entity.name());
            return !words.isEmpty() && document.entities().stream()
                    .filter(other -> other != entity && other.type() == EntityType.PERSON)
                    .map(other -> MentionGrouper.words(other.name()))
                    .anyMatch(other -> other.size() > words.size() && containsRun(other, words));
        }

        private static boolean containsRun(List<String> whole, List<String> part) {
            for (int i = 0; i + part.size() <= whole.size(); i++) {
                if (whole.subList(i, i + part.size()).equals(part)) {
                    return true;
                }
            }
            return false;
        }
    }
}
