package org.newsgraph.eval.temporal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.Timex;
import org.newsgraph.eval.score.F1;

/**
 * TempEval-3 counts for time expressions: spans matched strictly (same extent) and relaxed (any
 * overlap, each expression matched at most once), and over the relaxed matches whether type and
 * value agree. Value F1 counts an answer right when its span overlaps a gold one with the same value.
 */
public record TimexScore(int gold, int system, int strict, int relaxed, int typeRight, int valueRight) {

    public static final TimexScore ZERO = new TimexScore(0, 0, 0, 0, 0, 0);

    /** One article's answers against its gold. */
    public static TimexScore of(List<GoldTimex> gold, List<Timex> answers) {
        Map<GoldTimex, Timex> matches = matches(gold, answers);
        int strict = 0;
        int type = 0;
        int value = 0;
        for (Map.Entry<GoldTimex, Timex> m : matches.entrySet()) {
            strict += m.getValue().span().equals(m.getKey().span()) ? 1 : 0;
            type += Objects.equals(m.getValue().type(), m.getKey().type()) ? 1 : 0;
            value += Objects.equals(m.getValue().value(), m.getKey().value()) ? 1 : 0;
        }
        return new TimexScore(gold.size(), answers.size(), strict, matches.size(), type, value);
    }

    /**
     * Each gold expression with the answer it is matched to, in gold order: the answer of the
     * same extent, else the first overlapping one, each answer matched at most once.
     */
    public static Map<GoldTimex, Timex> matches(List<GoldTimex> gold, List<Timex> answers) {
        List<Timex> unmatched = new ArrayList<>(answers);
        Map<GoldTimex, Timex> matches = new LinkedHashMap<>();
        for (GoldTimex g : gold) {
            Timex match = unmatched.stream().filter(a -> a.span().equals(g.span())).findFirst()
                    .orElse(unmatched.stream().filter(a -> a.span().overlaps(g.span())).findFirst().orElse(null));
            if (match != null) {
                unmatched.remove(match);
                matches.put(g, match);
            }
        }
        return matches;
    }

    public TimexScore plus(TimexScore o) {
        return new TimexScore(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
                typeRight + o.typeRight, valueRight + o.valueRight);
    }

    public double strictF1() {
        return f1(strict, strict);
    }

    public double relaxedF1() {
        return f1(relaxed, relaxed);
    }

    /** Type accuracy over relaxed matches. */
    public double typeAccuracy() {
        return ratio(typeRight, relaxed);
    }

    /** Value accuracy over relaxed matches (TempEval-3's "value accuracy"). */
    public double valueAccuracy() {
        return ratio(valueRight, relaxed);
    }

    /** F1 of expressions found with their right value. */
    public double valueF1() {
        return f1(valueRight, valueRight);
    }

    private double f1(int rightOfSystem, int rightOfGold) {
        return F1.of(ratio(rightOfSystem, system), ratio(rightOfGold, gold));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "gold %d, found %d, span F1 strict %.3f relaxed %.3f, type acc %.3f, value acc %.3f, value F1 %.3f",
                gold, system, strictF1(), relaxedF1(), typeAccuracy(), valueAccuracy(), valueF1());
    }
}
