package org.newsgraph.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.NumberWord;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Finds the quantities of one sentence: numbers in digits or words with their scale ("1.5bn",
 * "120,000", "tens of thousands"), currency, qualifier ("more than", "or more"), range ("between
 * 10 and 20", "10-20") and unit (currency, percent, or the noun they count). A number without a
 * unit or scale is left out, and so are years, ages, list markers, numbers of things ("No. 10",
 * "page 3", "Article 5"), numbers glued to a name ("F-16", "G7") and durations ("14 months").
 */
final class QuantityReader {

    private static final String DIGITS = "(?<![\\p{L}\\p{N}_.,/#+:])(?<!\\p{L}[-‐])"
            + "(?:\\d{1,3}(?:,\\d{3})++|\\d{1,3}(?:[\\u00A0\\u202F\\u2009 ]\\d{3})++(?![\\d,.])|\\d++)(?:\\.\\d++)?+";
    private static final Pattern GAP_RANGE = Pattern.compile("\\s*[-‐–—]\\s*|\\s+to\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern GAP_BETWEEN = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENS_BETWEEN = Pattern.compile("(?:^|\\s)(?<w>between|from)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_WORD = Pattern.compile("(?<w>[^\\s(\\[\"“]+)\\s*$");
    private static final Pattern NAMED_GROUP = Pattern.compile("(?<!^)\\p{Lu}\\p{Ll}+\\s+of\\s+$");
    private static final Pattern LIST_MARKER = Pattern.compile("^[\\s*•·-]*$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(?<w>\\p{L}[\\p{L}-]*)");
    private static final Pattern MODIFIER = Pattern.compile("\\p{L}[\\p{L}-]*");
    private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on",
            "for", "at", "by", "from", "with", "were", "was", "are", "is", "have", "has", "had", "been", "be", "that");

    private final ClaimWords words;
    private final Map<String, BigDecimal> ones;
    private final Pattern amount;
    private final Pattern qualifierBefore;
    private final Pattern qualifierAfter;
    private final Pattern currencyAfter;
    private final Pattern percent;
    private final Pattern skipAfter;

    QuantityReader(ClaimWords words) {
        this.words = words;
        this.ones = ones(words.numberWords);
        List<String> longScales = words.scales.entrySet().stream().filter(e -> !e.getValue().isShort()).map(e -> e.getKey()).toList();
        List<String> shortScales = words.scales.entrySet().stream().filter(e -> e.getValue().isShort()).map(e -> e.getKey()).toList();
        this.amount = Pattern.compile("(?:(?<cur>" + ClaimWords.alternatives(words.currenciesBefore.keySet()) + ")[\\s\\u00A0]?)?"
                + "(?<num>" + DIGITS + "|(?<![\\p{L}\\p{N}-])(?<word>" + ClaimWords.alternatives(words.numberWords.keySet())
                + ")(?:-(?<ones>" + ClaimWords.alternatives(ones.keySet()) + "))?)"
                + "(?<scale>(?:[\\s\\u00A0]+(?:" + ClaimWords.alternatives(longScales) + ")(?![\\p{L}\\p{N}])){1,2}"
                + "|[\\s\\u00A0]?(?:" + ClaimWords.alternatives(shortScales) + ")(?![\\p{L}\\p{N}]))?"
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.qualifierBefore = Pattern.compile("(?:^|[^\\p{L}])(?<q>" + ClaimWords.alternatives(words.qualifiersBefore.keySet())
                + ")\\s+(?:(?:between|from)\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.qualifierAfter = Pattern.compile("^(?:\\s*|-)(?<q>" + ClaimWords.alternatives(words.qualifiersAfter.keySet())
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.currencyAfter = Pattern.compile("^[\\s\\u00A0]*(?<c>" + ClaimWords.alternatives(words.currenciesAfter.keySet())
                + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.percent = Pattern.compile("^(?:\\s?%|\\s+per\\s?cent(?![\\p{L}])|\\s+percentage\\s+points?(?![\\p{L}]))",
                Pattern.CASE_INSENSITIVE);
        this.skipAfter = Pattern.compile("^[\\s-]*(?:" + ClaimWords.alternatives(words.skipAfter.stream()
                .map(w -> w.startsWith("-") ? w.substring(1) : w).toList()) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    /** The quantities of {@code sentence} in {@code text}, in text order. */
    List<Quantity> read(String text, Sentence sentence) {
        List<Amount> amounts = amounts(text, sentence.span());
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount first = amounts.get(i);
            Amount last = first;
            if (i + 1 < amounts.size() && isRange(text, sentence.span(), first, amounts.get(i + 1))) {
                last = amounts.get(++i);
            }
            quantity(text, sentence, first, last).ifPresent(out::add);
        }
        return out;
    }

    private List<Amount> amounts(String text, Span region) {
        List<Amount> out = new ArrayList<>();
        Matcher m = amount.matcher(text).region(region.start(), region.end()).useTransparentBounds(true);
        while (m.find()) {
            amount(text, m).ifPresent(out::add);
        }
        return out;
    }

    /** One number with its currency and scale; a scale word that needs a currency and has none is let go. */
    private Optional<Amount> amount(String text, Matcher m) {
        String currency = m.group("cur") == null ? null : words.currenciesBefore.get(lower(m.group("cur")));
        BigDecimal value;
        NumberWord.Kind kind = NumberWord.Kind.EXACT;
        if (m.group("word") != null) {
            NumberWord w = words.numberWords.get(lower(m.group("word")).replaceAll("\\s+", " "));
            kind = w.kind();
            value = w.value();
            if (m.group("ones") != null) {
                value = value.add(ones.get(lower(m.group("ones"))));
            }
        } else {
            value = new BigDecimal(m.group("num").replaceAll("[,\\s\\u00A0\\u202F\\u2009]", ""));
        }
        int end = m.end();
        BigDecimal scale = null;
        if (m.group("scale") != null) {
            String scaleWords = lower(m.group("scale").strip());
            boolean spaced = Character.isWhitespace(m.group("scale").charAt(0));
            ClaimWords.Scale s = words.scales.get(scaleWords);
            if (s != null && s.isShort() && (currency == null && (spaced || scaleWords.length() == 1))) {
                end = m.end("num");
            } else {
                scale = BigDecimal.ONE;
                for (String word : scaleWords.split("\\s+")) {
                    scale = scale.multiply(words.scales.get(word).multiplier());
                }
            }
        }
        if (kind.scaled() && scale == null) {
            return Optional.empty();
        }
        boolean vague = kind.vague();
        return Optional.of(new Amount(m.start(), end, new Span(m.start("num"), m.end("num")), value, scale, currency, vague,
                m.group("word") == null && !m.group("num").matches(".*[,\\s.].*")));
    }

    private static boolean isRange(String text, Span sentence, Amount a, Amount b) {
        String gap = text.substring(a.end(), b.start());
        if (a.vague() || b.vague()) {
            return false;
        }
        boolean joined = GAP_RANGE.matcher(gap).matches()
                || GAP_BETWEEN.matcher(gap).matches() && OPENS_BETWEEN.matcher(text.substring(sentence.start(), a.start())).find();
        return joined && a.scaled(b.scale()).compareTo(b.scaled(null)) < 0;
    }

    private Optional<Quantity> quantity(String text, Sentence sentence, Amount first, Amount last) {
        String before = text.substring(sentence.span().start(), first.start());
        String currency = first.currency() != null ? first.currency() : last.currency();
        boolean range = first != last;
        if (isNoQuantity(before, text, sentence, first, last)) {
            return Optional.empty();
        }
        int end = last.end();
        String unit = currency;
        Span unitSpan = null;
        String qualifier = null;
        Matcher q = qualifierAfter.matcher(text.substring(end, sentence.span().end()));
        if (q.find()) {
            qualifier = words.qualifiersAfter.get(lower(q.group("q")).replaceAll("\\s+", " "));
            end += q.end();
        }
        String after = text.substring(end, sentence.span().end());
        Matcher p = percent.matcher(after);
        Matcher c = currencyAfter.matcher(after);
        if (currency == null && p.find()) {
            unit = p.group().strip().toLowerCase(Locale.ROOT).startsWith("percentage") ? "percentage points" : "percent";
            end += p.end();
        } else if (currency == null && c.find()) {
            unit = words.currenciesAfter.get(lower(c.group("c")).replaceAll("\\s+", " "));
            end += c.end();
        } else if (currency == null) {
            Optional<Span> counted = countedNoun(text, sentence, end);
            if (counted.isPresent()) {
                unitSpan = counted.get();
                String[] phrase = lower(unitSpan.of(text)).split("\\s+");
                String written = phrase[phrase.length - 1];
                if (words.notUnits.contains(written)) {
                    return Optional.empty();
                }
                unit = words.countedNouns.getOrDefault(written, written);
                end = unitSpan.end();
            }
        }
        if (qualifier == null) {
            Matcher q2 = qualifierAfter.matcher(text.substring(end, sentence.span().end()));
            if (q2.find() && !q2.group("q").equals("+")) {
                qualifier = words.qualifiersAfter.get(lower(q2.group("q")).replaceAll("\\s+", " "));
                end += q2.end();
            }
        }
        int start = first.start();
        Matcher opens = OPENS_BETWEEN.matcher(before);
        if (range && opens.find()) {
            start = sentence.span().start() + opens.start("w");
        }
        Matcher qb = qualifierBefore.matcher(before);
        if (qb.find()) {
            qualifier = words.qualifiersBefore.get(lower(qb.group("q")).replaceAll("\\s+", " "));
            start = sentence.span().start() + qb.start("q");
        }
        if (unit == null && first.scale() == null && last.scale() == null || unit == null && first.vague()) {
            return Optional.empty(); // a bare number: a count of nothing named, or no quantity at all
        }
        if (qualifier == null && first.vague()) {
            qualifier = "more than";
        }
        BigDecimal lower = first.scaled(last.scale());
        BigDecimal upper = range ? last.scaled(null) : null;
        return Optional.of(new Quantity(new Span(start, end), new Span(first.number().start(), last.number().end()),
                lower, upper, unit, unitSpan, qualifier));
    }

    /** Years, ages, list markers, numbered things, numbers glued to names, times. */
    private boolean isNoQuantity(String before, String text, Sentence sentence, Amount first, Amount last) {
        if (first.plainInteger() && first.currency() == null && first.scale() == null && isYear(first.value())) {
            return true;
        }
        Matcher w = LAST_WORD.matcher(before);
        if (w.find() && words.skipBefore.contains(lower(w.group("w")))) {
            return true;
        }
        if (first.currency() == null && NAMED_GROUP.matcher(before.stripLeading()).find()) {
            return true; // "Group of 7 nations": the number belongs to a name
        }
        String after = text.substring(last.end(), sentence.span().end());
        if (skipAfter.matcher(after).find()) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', first.start() - 1) + 1;
        return LIST_MARKER.matcher(text.substring(lineStart, first.start())).matches() && after.matches("(?s)^[.)].*");
    }

    /** The number words of one to nine, which may follow a tens word after a hyphen ("twenty-one"). */
    private static Map<String, BigDecimal> ones(Map<String, NumberWord> numberWords) {
        Map<String, BigDecimal> ones = new HashMap<>();
        numberWords.forEach((word, n) -> {
            if (n.kind() == NumberWord.Kind.EXACT && !word.contains(" ")
                    && n.value().compareTo(BigDecimal.ONE) >= 0 && n.value().compareTo(BigDecimal.TEN) < 0) {
                ones.put(word, n.value());
            }
        });
        return Map.copyOf(ones);
    }

    private static boolean isYear(BigDecimal value) {
        return value.scale() <= 0 && value.compareTo(new BigDecimal(1800)) >= 0 && value.compareTo(new BigDecimal(2100)) <= 0;
    }

    /**
     * The noun the number counts: a listed counted noun, or a plural noun by its tag, after at most
     * two modifiers and an optional "of" ("4,000 armoured vehicles", "thousands of people").
     */
    private Optional<Span> countedNoun(String text, Sentence sentence, int from) {
        List<Span> next = new ArrayList<>();
        Matcher m = NEXT_WORD.matcher(text);
        int at = from;
        while (next.size() < 3 && m.region(at, sentence.span().end()).lookingAt()) {
            Span word = new Span(m.start("w"), m.end("w"));
            if (at != from || !lower(word.of(text)).equals("of")) { // "thousands of people"
                next.add(word);
            }
            at = m.end();
        }
        for (int k = 0; k < next.size(); k++) {
            Span noun = next.get(k);
            String written = lower(noun.of(text));
            if (words.countedNouns.containsKey(written) || words.notUnits.contains(written) || isPluralNoun(sentence, noun)) {
                return Optional.of(new Span(next.get(0).start(), noun.end()));
            }
            if (NOT_MODIFIERS.contains(written) || !MODIFIER.matcher(noun.of(text)).matches() || !isModifier(sentence, noun)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Untagged words may modify a noun; tagged ones only as adjectives, nouns and participles, not verbs. */
    private static boolean isModifier(Sentence sentence, Span word) {
        for (Token t : sentence.tokens()) {
            if (t.span().equals(word) && t.pos() != null && t.pos().matches("[A-Z$]+") && !t.pos().equals("X")) {
                return t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN") || t.pos().equals("VBG");
            }
        }
        return true;
    }

    private static boolean isPluralNoun(Sentence sentence, Span noun) {
        for (Token t : sentence.tokens()) {
            if (t.span().equals(noun)) {
                return t.pos() != null && (t.pos().equals("NNS") || t.pos().equals("NNPS"));
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** One number with its currency and scale, before ranges are joined. */
    private record Amount(int start, int end, Span number, BigDecimal value, BigDecimal scale, String currency,
            boolean vague, boolean plainInteger) {

        /** The value, scaled by its own scale, else by {@code shared} (the range's other end's). */
        BigDecimal scaled(BigDecimal shared) {
            BigDecimal s = scale != null ? scale : shared;
            return s == null ? value : value.multiply(s);
        }
    }
}
