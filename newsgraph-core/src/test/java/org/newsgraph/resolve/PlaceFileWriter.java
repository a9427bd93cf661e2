package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipFile;

/**
 * Writes the compact gazetteer {@code geonames/places.tsv.gz} from a GeoNames dump. A one-off
 * tool kept with the tests, not shipped: the command that ran it is in that folder's README.
 * The output is sorted by GeoNames id and gzipped without a time stamp, so it is reproducible.
 */
public final class PlaceFileWriter {

    /** Letters in Latin script (diacritics as precomposed letters or combining marks), spaces and joiners. */
    private static final Pattern LATIN_NAME =
            Pattern.compile("[\\p{IsLatin}\\p{M}][\\p{IsLatin}\\p{M} .'’-]*");
    /** Upper-case codes such as airport codes (IEV) that would match words in a text. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,3}");

    private PlaceFileWriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PlaceFileWriter <geonames folder> <places.tsv.gz>");
        }
        Path folder = Path.of(args[0]);
        TreeMap<Long, String> rows = new TreeMap<>();
        readCities(folder.resolve("cities15000.zip"), rows);
        readCountries(folder.resolve("countryInfo.tsv"), rows);
        try (Writer out = new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8)) {
            out.write("# Data from GeoNames (geonames.org), CC BY 4.0; see README.md beside this file.\n");
            for (String row : rows.values()) {
                out.write(row);
                out.write('\n');
            }
        }
    }

    private static void readCities(Path zip, TreeMap<Long, String> rows) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile());
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        file.getInputStream(file.getEntry("cities15000.txt")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                rows.put(Long.parseLong(f[0]), row(f[0], f[1], f[8], f[4], f[5], f[14], f[7],
                        alternates(f[1], f[2], f[3])));
            }
        }
    }

    /** countryInfo.tsv: comment lines start with #; name in column 4, population 7, GeoNames id 16. */
    private static void readCountries(Path tsv, TreeMap<Long, String> rows) throws IOException {
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String name = f[4].strip();
            rows.put(Long.parseLong(f[16]), row(f[16], name, f[0], "", "", f[7], "PCLI", List.of()));
        }
    }

    private static String row(String id, String name, String country, String lat, String lon,
            String population, String code, List<String> alternates) {
        return String.join("\t", id, name, country, lat, lon, population.isEmpty() ? "0" : population, code,
                String.join("|", alternates));
    }

    /** Alternate names an English text could use: Latin script, no digits or codes, capitalised. */
    static List<String> alternates(String name, String ascii, String all) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(name.toLowerCase(Locale.ROOT));
        List<String> kept = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        candidates.add(ascii);
        candidates.addAll(List.of(all.split(",")));
        for (String candidate : candidates) {
            String n = candidate.strip();
            if (usable(n) && seen.add(n.toLowerCase(Locale.ROOT))) {
                kept.add(n);
            }
        }
        return kept;
    }

    static boolean usable(String name) {
        return name.length() > 1 && LATIN_NAME.matcher(name).matches() && !CODE.matcher(name).matches()
                && Character.isUpperCase(name.codePointAt(0));
    }
}
