package org.newsgraph.eval.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.resolve.Gazetteer;

/**
 * A synthetic corpus for timing resolution: articles of 15 to 25 entities each (20 on average;
 * 40% people, 30% organisations, 30% places), drawn from pools of real names with a Zipf
 * popularity, so a few entities are in many articles and most in few. Each article names an
 * entity its own way: most often as the pool does, else by a variant that news writes (surname
 * alone, another transliterated ending, a nickname or another first name, a one-letter typo, an
 * acronym, another spelling of a place). Places carry the gazetteer place of the name written,
 * as the place typer gives them. {@code truth} is the real entity behind each article entity.
 */
record ResolutionGold(List<StoredArticle> articles, Map<EntityRef, Integer> truth) {

    static final int PEOPLE = 8_000;
    static final int ORGANISATIONS = 3_000;
    static final int PLACES = 4_000;
    static final double ZIPF = 0.9;

    private static final List<String> CITY_BODIES = List.of("%s City Council", "University of %s",
            "%s Police Department", "%s Chamber of Commerce", "Bank of %s", "%s General Hospital", "%s Airport Authority");
    private static final List<String> FAMILY_FIRMS = List.of("%s Holdings", "%s Industries", "%s Foundation",
            "%s & Partners", "%s Group");

    /** One real entity of the pools. */
    private record Real(int id, EntityType type, String name, List<String> alternates) {}

    /** The first {@code n} articles, as a corpus of their own. */
    ResolutionGold first(int n) {
        List<StoredArticle> some = articles.subList(0, n);
        Map<EntityRef, Integer> theirs = new HashMap<>();
        truth.forEach((ref, real) -> {
            if (ref.article() <= n) {
                theirs.put(ref, real);
            }
        });
        return new ResolutionGold(List.copyOf(some), theirs);
    }

    int entities() {
        return truth.size();
    }

    static ResolutionGold build(RealNames names, Gazetteer gazetteer, int size, long seed) {
        Random random = new Random(seed);
        List<Real> pool = new ArrayList<>();
        List<Real> people = people(names, random, pool);
        List<Real> organisations = organisations(names, random, pool);
        List<Real> places = places(names, random, pool);
        Popularity popularity = new Popularity(List.of(people, organisations, places), random);
        List<StoredArticle> articles = new ArrayList<>();
        Map<EntityRef, Integer> truth = new HashMap<>();
        Writer writer = new Writer(names, gazetteer, random);
        for (long id = 1; id <= size; id++) {
            List<Real> chosen = popularity.draw(15 + random.nextInt(11));
            articles.add(writer.article(id, chosen));
            for (int i = 0; i < chosen.size(); i++) {
                truth.put(new EntityRef(id, i), chosen.get(i).id());
            }
        }
        return new ResolutionGold(List.copyOf(articles), truth);
    }

    /** The real people, then given names and surnames of real people put together. */
    private static List<Real> people(RealNames names, Random random, List<Real> pool) {
        Set<String> people = new LinkedHashSet<>(names.people());
        while (people.size() < PEOPLE) {
            people.add(pick(names.givenNames(), random) + " " + pick(names.surnames(), random));
        }
        return add(pool, EntityType.PERSON, List.copyOf(people).subList(0, PEOPLE), random);
    }

    /** The real organisations, then bodies of real cities and firms of real families. */
    private static List<Real> organisations(RealNames names, Random random, List<Real> pool) {
        Set<String> organisations = new LinkedHashSet<>(names.organisations());
        while (organisations.size() < ORGANISATIONS) {
            boolean city = random.nextBoolean();
            String pattern = pick(city ? CITY_BODIES : FAMILY_FIRMS, random);
            organisations.add(String.format(pattern, city ? pick(names.cities(), random).name() : pick(names.surnames(), random)));
        }
        return add(pool, EntityType.ORGANIZATION, List.copyOf(organisations).subList(0, ORGANISATIONS), random);
    }

    /** The countries in a random order, then the cities, biggest first. */
    private static List<Real> places(RealNames names, Random random, List<Real> pool) {
        List<String> countries = new ArrayList<>(names.countries());
        Collections.shuffle(countries, random);
        List<Real> places = new ArrayList<>();
        for (String country : countries) {
            places.add(new Real(pool.size() + places.size(), EntityType.LOCATION, country, List.of()));
        }
        for (RealNames.City city : names.cities()) {
            if (places.size() == PLACES) {
                break;
            }
            places.add(new Real(pool.size() + places.size(), EntityType.LOCATION, city.name(), city.alternates()));
        }
        pool.addAll(places);
        return places;
    }

    /** Adds the names to the pool in a random order, so that popularity does not follow the alphabet. */
    private static List<Real> add(List<Real> pool, EntityType type, List<String> names, Random random) {
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, random);
        List<Real> added = new ArrayList<>();
        for (String name : shuffled) {
            added.add(new Real(pool.size() + added.size(), type, name, List.of()));
        }
        pool.addAll(added);
        return added;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** Draws distinct entities: a type by its share, then an entity of it by Zipf rank. */
    private static final class Popularity {

        private static final double[] SHARES = {0.4, 0.7, 1.0};

        private final List<List<Real>> pools;
        private final List<double[]> cumulative = new ArrayList<>();
        private final Random random;

        Popularity(List<List<Real>> pools, Random random) {
            this.pools = pools;
            this.random = random;
            for (List<Real> pool : pools) {
                double[] c = new double[pool.size()];
                double sum = 0;
                for (int rank = 0; rank < c.length; rank++) {
                    sum += 1 / Math.pow(rank + 1, ZIPF);
                    c[rank] = sum;
                }
                cumulative.add(c);
            }
        }

        List<Real> draw(int count) {
            Set<Real> chosen = new LinkedHashSet<>();
            while (chosen.size() < count) {
                double t = random.nextDouble();
                int type = t < SHARES[0] ? 0 : t < SHARES[1] ? 1 : 2;
                double[] c = cumulative.get(type);
                int at = Arrays.binarySearch(c, random.nextDouble() * c[c.length - 1]);
                chosen.add(pools.get(type).get(at >= 0 ? at : -at - 1));
            }
            return List.copyOf(chosen);
        }
    }

    /** Writes one article's entities: each under a name this article uses, with a mention or three. */
    private static final class Writer {

        private final RealNames names;
        private final Gazetteer gazetteer;
        private final Random random;

        Writer(RealNames names, Gazetteer gazetteer, Random random) {
            this.names = names;
            this.gazetteer = gazetteer;
            this.random = random;
        }

        StoredArticle article(long id, List<Real> chosen) {
            StringBuilder text = new StringBuilder();
            List<LocalEntity> entities = new ArrayList<>();
            for (Real real : chosen) {
                String name = written(real);
                List<Mention> mentions = new ArrayList<>();
                mentions.add(mention(text, name));
                String shorter = real.type() == EntityType.PERSON ? name.substring(name.lastIndexOf(' ') + 1) : name;
                for (int more = random.nextInt(3); more > 0; more--) {
                    mentions.add(mention(text, shorter));
                }
                Place place = real.type() == EntityType.LOCATION ? gazetteer.lookup(name).stream().findFirst().orElse(null) : null;
                entities.add(new LocalEntity(name, real.type(), mentions, place));
            }
            String key = "synthetic-" + id;
            ArticleSource source = new ArticleSource(key, key, SourceFormat.TEXT, key, text.toString(), null, null,
                    Basis.NONE, PublicationDate.none(), "en");
            return new StoredArticle(id, new AnalyzedArticle(source, key, ArticleStatus.OK, null, null, text.toString(),
                    List.of(), entities, List.of(), 0));
        }

        private static Mention mention(StringBuilder text, String name) {
            int start = text.length();
            text.append(name).append(". ");
            return new Mention(new Span(start, start + name.length()), name);
        }

        /** The name as this article writes it: as the pool has it, or a variant. */
        private String written(Real real) {
            double r = random.nextDouble();
            Optional<String> variant = switch (real.type()) {
                case PERSON -> r < 0.60 ? Optional.empty()
                        : r < 0.70 ? surname(real.name())
                        : r < 0.78 ? NameVariants.transliterated(real.name(), random)
                        : r < 0.86 ? otherFirstName(real.name())
                        : r < 0.94 ? NameVariants.typo(real.name(), random)
                        : Optional.empty();
                case ORGANIZATION -> r < 0.75 ? Optional.empty()
                        : r < 0.85 ? NameVariants.acronym(real.name())
                        : r < 0.95 ? NameVariants.typo(real.name(), random)
                        : Optional.empty();
                case LOCATION -> r < 0.75 || real.alternates().isEmpty() && r < 0.90 ? Optional.empty()
                        : r < 0.90 ? Optional.of(pick(real.alternates(), random))
                        : r < 0.97 ? NameVariants.typo(real.name(), random)
                        : Optional.empty();
                case MISC -> Optional.empty();
            };
            return variant.orElse(real.name());
        }

        private static Optional<String> surname(String name) {
            int space = name.lastIndexOf(' ');
            return space < 0 ? Optional.empty() : Optional.of(name.substring(space + 1));
        }

        /** A nickname of the first name if it has one ("William" -> "Bill"), else another given name. */
        private Optional<String> otherFirstName(String name) {
            int space = name.indexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            List<String> nicknames = names.nicknames().getOrDefault(name.substring(0, space), List.of());
            String first = nicknames.isEmpty() ? pick(names.givenNames(), random) : pick(nicknames, random);
            return Optional.of(first + name.substring(space));
        }
    }
}
