package org.newsgraph.temporal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.DataFile;

/**
 * Time expressions SUTime does not find, or finds only in part, by the rules of
 * {@code finder-rules.txt}: "mid-2011", "the 70s", "recent", "the near term", "six straight
 * days", and lengths up to now ("the past five trading days") that TimeML makes DURATIONs. What
 * SUTime found inside a match gives way to it; a match that cuts into, lies inside or borders an
 * expression SUTime found is left out, so that SUTime's reading stands wherever it read anything.
 */
final class TimexFinder {

    private static final String FILE = "english/finder-rules.txt";

    private record Rule(String type, String value, Pattern pattern) {}

    /** The expressions of a document, and which of them this finder gave (their values are final). */
    record Found(List<Timex> timexes, List<Timex> ours) {

        boolean isOurs(Timex timex) {
            return ours.stream().anyMatch(t -> t == timex);
        }
    }

    private final TimeWords words;
    private final List<Rule> rules;

    TimexFinder(TimeWords words) {
        this.words = words;
        this.rules = rules(words);
    }

    /** SUTime's {@code timexes} with what the rules find in {@code text}, in text order. */
    Found find(String text, List<Sentence> sentences, List<Timex> timexes) {
        List<Timex> all = new ArrayList<>(timexes);
        List<Timex> ours = new ArrayList<>();
        for (Sentence sentence : sentences) {
            for (Timex candidate : candidates(text, sentence)) {
                if (ours.stream().noneMatch(t -> t.span().overlaps(candidate.span())) && fits(candidate, sentence, all)) {
                    all.removeIf(t -> candidate.span().contains(t.span()));
                    all.add(candidate);
                    ours.add(candidate);
                }
            }
        }
        all.sort(Comparator.comparingInt((Timex t) -> t.span().start()).thenComparingInt(t -> t.span().end()));
        return new Found(List.copyOf(all), List.copyOf(ours));
    }

    /** Every rule's matches in one sentence that begin and end at token edges, longest first. */
    private List<Timex> candidates(String text, Sentence sentence) {
        List<Timex> out = new ArrayList<>();
        if (sentence.span().end() > text.length()) {
            return out;
        }
        String own = sentence.span().of(text);
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(own);
            while (m.find()) {
                Span span = new Span(sentence.span().start() + m.start(), sentence.span().start() + m.end());
                Optional<String> value = value(rule.value(), m);
                if (m.end() > m.start() && atTokenEdges(span, sentence.tokens()) && value.isPresent()) {
                    out.add(new Timex(span, span.of(text), rule.type(), value.get()));
                }
            }
        }
        out.sort(Comparator.comparingInt((Timex t) -> -t.span().length()));
        return out;
    }

    /** Whether a match may join SUTime's expressions: it cuts none, lies in none and borders none it does not hold. */
    private static boolean fits(Timex candidate, Sentence sentence, List<Timex> timexes) {
        Span span = candidate.span();
        for (Timex t : timexes) {
            if (span.contains(t.span())) {
                continue;
            }
            if (span.overlaps(t.span()) || borders(span, t.span(), sentence.tokens())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code other} ends with the token before {@code span} or begins with the token after it. */
    private static boolean borders(Span span, Span other, List<Token> tokens) {
        int before = -1;
        int after = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            Span token = tokens.get(i).span();
            before = token.end() <= span.start() ? i : before;
            after = token.start() >= span.end() ? Math.min(after, i) : after;
        }
        return before >= 0 && other.end() == tokens.get(before).span().end()
                || after < tokens.size() && other.start() == tokens.get(after).span().start();
    }

    private static boolean atTokenEdges(Span span, List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.span().start() == span.start())
                && tokens.stream().anyMatch(t -> t.span().end() == span.end());
    }

    private Optional<String> value(String template, Matcher m) {
        return switch (template) {
            case "{length}" -> words.length(group(m, "count"), m.group("unit"));
            case "{year}" -> Optional.of(m.group("year"));
            case "{decade}" -> Optional.of(decade(m.group("decade")));
            default -> Optional.of(template);
        };
    }

    /** A named group's text, null when the rule's pattern has no such group or it matched nothing. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null; // "single-day" counts nothing: one unit
        }
    }

    /** "1970" 197; "70" 197 (two digits are the 1900s, as TimeBank reads "the 70s"). */
    private static String decade(String digits) {
        return digits.length() == 4 ? digits.substring(0, 3) : "19" + digits.charAt(0);
    }

    private static List<Rule> rules(TimeWords words) {
        String count = "(?<count>\\d{1,4}|" + TimeWords.alternatives(words.numbers.keySet()) + ")";
        String unit = "(?<unit>" + TimeWords.alternatives(words.units.keySet()) + ")";
        List<Rule> rules = new ArrayList<>();
        DataFile.read(TimexFinder.class, FILE, (line, entry) -> {
            String[] fields = entry.split("\t");
            if (fields.length != 3 || !List.of("DATE", "DURATION", "TIME", "SET").contains(fields[0])) {
                throw DataFile.fault(FILE, line, "expected TYPE<TAB>VALUE<TAB>PATTERN, got '" + entry + "'");
            }
            String regex = "(?<![\\p{L}\\p{N}])(?:" + fields[2].replace("{count}", count).replace("{unit}", unit)
                    + ")(?![\\p{L}\\p{N}])";
            try {
                rules.add(new Rule(fields[0], fields[1], Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));
            } catch (PatternSyntaxException e) {
                throw DataFile.fault(FILE, line, "bad pattern: " + e.getDescription());
            }
            if (fields[1].startsWith("{") && !List.of("{length}", "{year}", "{decade}").contains(fields[1].toLowerCase(Locale.ROOT))) {
                throw DataFile.fault(FILE, line, "unknown value template " + fields[1]);
            }
        });
        return List.copyOf(rules);
    }
}
