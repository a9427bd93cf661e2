package org.newsgraph.eval.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;

/**
 * Names of real people, organisations and places in the shared data, to build a synthetic corpus
 * from: people as a given name and a surname together in the ECB+ texts or among MEANTIME's
 * person names; organisations from MEANTIME's names; given names and their nicknames from
 * {@code nicknames/names.csv}; cities of GeoNames with their Latin alternate names, and the
 * countries. Each list is sorted, so that the corpus built from them is the same on every run.
 *
 * @param nicknames the nicknames of each given name ("William" -> "Bill", "Will")
 */
public record RealNames(List<String> people, List<String> givenNames, Map<String, List<String>> nicknames,
        List<String> surnames, List<String> organisations, List<City> cities, List<String> countries) {

    /** A city of GeoNames: its name, its other names in Latin script, its population. */
    public record City(String name, List<String> alternates, long population) {}

    private static final Pattern GIVEN_THEN_CAPITALISED =
            Pattern.compile("\\b(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\b(?!['’]s)");
    /** Capitalised words after a given name that name a thing, not a family: "Washington Post", "Marion County". */
    private static final Pattern NOT_A_SURNAME = Pattern.compile(
            "Post|Street|Avenue|Road|County|Highway|Center|Centre|Awards?|Times|News|Park|River|Bay|City|Island|Beach"
                    + "|University|College|School|Hospital|Police|Department|Airport|Stadium|State|Court|Day|Hall|House|Hills"
                    + "|Republicans?|Democrats?");
    /** Places of this many people make a surname suspect: "Peggy Canada", "Beverly Hills" are no people. */
    private static final long BIG_CITY = 100_000;
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{IsLatin}[\\p{IsLatin} '’.-]+");
    private static final Pattern CAPITALISED_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}&.'’-]*(?: (?:of|and|de|for|the|\\p{Lu}[\\p{L}&.'’-]*|\\p{N}+))*");

    public RealNames {
        people = List.copyOf(people);
        givenNames = List.copyOf(givenNames);
        nicknames = Map.copyOf(nicknames);
        surnames = List.copyOf(surnames);
        organisations = List.copyOf(organisations);
        cities = List.copyOf(cities);
        countries = List.copyOf(countries);
    }

    /** Reads the names from the shared data folder; cities of at least {@code minPopulation}. */
    public static RealNames read(Path data, long minPopulation) {
        Map<String, List<String>> nicknames = nicknames(data.resolve("nicknames/names.csv"));
        Set<String> given = new TreeSet<>(nicknames.keySet());
        List<City> cities = cities(data.resolve("geonames/cities15000.zip"), minPopulation);
        List<String> countries = countries(data.resolve("geonames/countryInfo.tsv"));
        Set<String> places = new TreeSet<>(countries);
        cities.stream().filter(c -> c.population() >= BIG_CITY).forEach(c -> places.add(c.name()));
        List<MeantimeDocument> meantime = MeantimeNames.read(data.resolve("meantime"));
        Set<String> candidates = new TreeSet<>(meantimeNames(meantime, EntityType.PERSON));
        candidates.addAll(givenThenCapitalised(data.resolve("ecbplus/text")));
        Set<String> people = new TreeSet<>();
        Set<String> surnames = new TreeSet<>();
        for (String candidate : candidates) {
            String[] words = candidate.split(" ");
            String surname = words[words.length - 1];
            if (words.length == 2 && given.contains(words[0]) && !given.contains(surname) && !places.contains(surname)
                    && !NOT_A_SURNAME.matcher(surname).matches()) {
                people.add(candidate);
                surnames.add(surname);
            }
        }
        return new RealNames(List.copyOf(people), List.copyOf(given), nicknames, List.copyOf(surnames),
                List.copyOf(meantimeNames(meantime, EntityType.ORGANIZATION)), cities, countries);
    }

    /** Given names, capitalised, with their nicknames. */
    private static Map<String, List<String>> nicknames(Path csv) {
        Map<String, List<String>> nicknames = new TreeMap<>();
        List<String> lines = lines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length == 3 && f[1].equals("has_nickname")) {
                nicknames.computeIfAbsent(capitalised(f[0]), k -> new ArrayList<>()).add(capitalised(f[2]));
            }
        }
        return nicknames;
    }

    private static Set<String> meantimeNames(List<MeantimeDocument> documents, EntityType type) {
        Set<String> names = new TreeSet<>();
        for (MeantimeDocument d : documents) {
            d.names().stream().filter(n -> n.type() == type).map(NameMention::text)
                    .filter(n -> CAPITALISED_NAME.matcher(n).matches()).forEach(names::add);
        }
        return names;
    }

    /** Two capitalised words in a row: a person's name when the first is a given name and the second a surname. */
    private static Set<String> givenThenCapitalised(Path folder) {
        Set<String> pairs = new TreeSet<>();
        for (Path file : files(folder)) {
            Matcher m = GIVEN_THEN_CAPITALISED.matcher(String.join("\n", lines(file)));
            while (m.find()) {
                pairs.add(m.group(1) + " " + m.group(2));
            }
        }
        return pairs;
    }

    /**
     * Cities by population, biggest first. Alternates are the other Latin names a news text may
     * use instead: no more than two letters away from the name (Kharkov for Kharkiv, Odessa for Odesa),
     * not merely its diacritics dropped or its case changed.
     */
    private static List<City> cities(Path zip, long minPopulation) {
        List<City> cities = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("cities15000.txt")) {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        String[] f = line.split("\t", -1);
                        long population = Long.parseLong(f[14]);
                        if (population >= minPopulation && LATIN_NAME.matcher(f[1]).matches()) {
                            cities.add(new City(f[1], alternates(f[1], f[3]), population));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + zip, e);
        }
        cities.sort(Comparator.comparingLong(City::population).reversed().thenComparing(City::name));
        return cities;
    }

    private static List<String> alternates(String name, String field) {
        Set<String> alternates = new TreeSet<>();
        for (String a : field.split(",")) {
            if (a.length() > 3 && Character.isUpperCase(a.charAt(0)) && LATIN_NAME.matcher(a).matches()
                    && !folded(a).equals(folded(name))
                    && distance(a.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) <= 2) {
                alternates.add(a);
            }
        }
        return List.copyOf(alternates);
    }

    private static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> countries(Path tsv) {
        return lines(tsv).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", -1)[4]).sorted().toList();
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
