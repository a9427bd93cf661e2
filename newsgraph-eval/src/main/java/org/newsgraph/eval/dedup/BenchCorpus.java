package org.newsgraph.eval.dedup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The benchmark's articles in arrival order: distinct originals ({@link Originals}) and
 * perturbed copies ({@link Copier}) of as many different originals, each copy arriving at a
 * random time after its original. The same seed gives the same corpus.
 */
final class BenchCorpus {

    private BenchCorpus() {}

    /** @param data the shared data folder */
    static List<BenchArticle> build(Path data, int size, double copyShare, long seed) {
        Random random = new Random(seed);
        List<SourceArticle> distinct = DistinctArticles.of(RealArticles.load(data));
        int copies = (int) Math.round(size * copyShare);
        List<List<String>> originals = new ArrayList<>(Originals.make(distinct, size - copies, random));
        Collections.shuffle(originals, random);
        Copier copier = new Copier(random, distinct.stream().flatMap(a -> a.sentences().stream()).toList());
        return inArrivalOrder(originals, copies, copier, random);
    }

    private static List<BenchArticle> inArrivalOrder(List<List<String>> originals, int copies, Copier copier, Random random) {
        int n = originals.size();
        List<Arrival> arrivals = new ArrayList<>();
        IntStream.range(0, n).forEach(p -> arrivals.add(new Arrival(p, originals.get(p), p, false)));
        List<Integer> copied = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(copied, random);
        for (int p : copied.subList(0, copies)) {
            double at = p + 0.5 + random.nextDouble() * (n - p);
            arrivals.add(new Arrival(at, copier.copy(originals.get(p)), p, true));
        }
        arrivals.sort(Comparator.comparingDouble(Arrival::at));
        return numbered(arrivals, n);
    }

    private static List<BenchArticle> numbered(List<Arrival> arrivals, int originals) {
        long[] idOfOriginal = new long[originals];
        List<BenchArticle> articles = new ArrayList<>(arrivals.size());
        for (Arrival a : arrivals) {
            long id = articles.size() + 1;
            if (!a.copy()) {
                idOfOriginal[a.original()] = id;
            }
            long copyOf = a.copy() ? idOfOriginal[a.original()] : 0;
            articles.add(new BenchArticle(id, String.join("\n", a.lines()), copyOf));
        }
        return articles;
    }

    /** @param original the position of the original among the originals: itself, or the one copied */
    private record Arrival(double at, List<String> lines, int original, boolean copy) {}
}
