package org.newsgraph.eval.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Perturbs an original the way republished news is changed: 10-30% of its sentences dropped,
 * one to three moved elsewhere, one to three boilerplate lines added at the top, bottom or in
 * between, and a new title.
 */
final class Copier {

    private static final List<String> BOILERPLATE = List.of(
            "Share this article",
            "Read more",
            "Advertisement",
            "Sign up for our daily newsletter",
            "Follow us on Twitter and Facebook for the latest news",
            "Copyright 2013 The Associated Press. All rights reserved.",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "Click here to read the full story",
            "Related: more stories from this section",
            "Comments are closed on this story.",
            "Photo: Reuters",
            "Story continues below");

    private final Random random;
    private final List<String> sentences;

    /** @param sentences real sentences that new titles are cut from */
    Copier(Random random, List<String> sentences) {
        this.random = random;
        this.sentences = List.copyOf(sentences);
    }

    /** @param original its title line, then its body */
    List<String> copy(List<String> original) {
        List<String> body = new ArrayList<>(original.subList(1, original.size()));
        drop(body);
        move(body);
        addBoilerplate(body);
        List<String> lines = new ArrayList<>();
        lines.add(SyntheticTitles.from(sentences.get(random.nextInt(sentences.size())), random));
        lines.addAll(body);
        return lines;
    }

    private void drop(List<String> body) {
        double share = 0.10 + 0.20 * random.nextDouble();
        long n = Math.max(1, Math.round(share * body.size()));
        for (int i = 0; i < n && body.size() > 1; i++) {
            body.remove(random.nextInt(body.size()));
        }
    }

    private void move(List<String> body) {
        int moves = 1 + random.nextInt(3);
        for (int i = 0; i < moves && body.size() > 1; i++) {
            String line = body.remove(random.nextInt(body.size()));
            body.add(random.nextInt(body.size() + 1), line);
        }
    }

    private void addBoilerplate(List<String> body) {
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            String line = BOILERPLATE.get(random.nextInt(BOILERPLATE.size()));
            int where = switch (random.nextInt(3)) {
                case 0 -> 0;
                case 1 -> body.size();
                default -> random.nextInt(body.size() + 1);
            };
            body.add(where, line);
        }
    }
}
