package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;

/**
 * What an article's title names: the event types of its triggers, in title order, and the
 * entities whose names it holds. Titles are not tagged, so their words are matched on the lemmas
 * a word can have: itself, an irregular form's lemma, or the word with a regular ending undone
 * ("meets", "talks", "arrived", "shooting"). A trigger in a phrase that sets the scene ("During a
 * visit to Brussels, X met Y") names its type after the others: the news is what the headline's
 * clause tells.
 *
 * @param types    the types the title's triggers name, in title order, those of scene-setting phrases last
 * @param told     how many of {@code types}, from the first, the title's own clause tells (the others
 *                 only set its scene: "delayed after accident")
 * @param entities the indices of entities the title names, each by words no longer name of another covers
 *                 ("Steve Jobs", not "Steve" inside it)
 * @param around   those of them named in the part of the title that holds its first told trigger: a
 *                 headline's parts are set apart by a colon, a semicolon or a dash between spaces, and
 *                 the speaker of a quoted headline ("X: ...", "... - X") stands in another part
 * @param places   the indices of the places the title sets its news in ("... met with Y in Lisbon",
 *                 "In Lisbon, X met Y"): locations it names right after "in"
 * @param agents   by event type, the people and organisations named right after "by" that follows one
 *                 of the title's triggers of that type, with their office between ("Speech by President
 *                 of X Anna Berg in ...", "Statement by the Acme Council"): who acted, though the text
 *                 may never name them
 * @param ahead    whether the headline tells its news as coming: "to" or "will" stands right before
 *                 its first told trigger ("X to meet Y")
 * @param speaker  the person a quote headline gives as its speaker, a part of the headline that is their
 *                 name alone ("X: ...", "... - X"), else -1
 */
record HeadlineReading(List<String> types, int told, Set<Integer> entities, Set<Integer> around, Set<Integer> places,
        Map<String, Set<Integer>> agents, boolean ahead, int speaker) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Pattern PART_BREAK = Pattern.compile("\\s*[:;]\\s*|\\s+[-–—]+\\s+");
    private static final HeadlineReading NONE = new HeadlineReading(List.of(), 0, Set.of(), Set.of(), Set.of(), Map.of(), false, -1);
    /** The most words a speaker's part of a quote headline has: a name with an office before it ("President Anna Berg"). */
    private static final int SPEAKER_WORDS = 5;
    private static final Set<String> AHEAD = Set.of("to", "will");
    /** The words that may stand between "by" and a name: an office's links ("President of the Republic of X"). */
    private static final Set<String> OFFICE_LINKS = Set.of("of", "the", "and");
    /** At most this many words between a scene setter and the trigger it governs ("during a working visit"). */
    private static final int SCENE_GAP = 2;

    HeadlineReading {
        types = List.copyOf(types);
        entities = Set.copyOf(entities);
        around = Set.copyOf(around);
        places = Set.copyOf(places);
        agents = Map.copyOf(agents);
    }

    /** Who the headline says did an event of this type ({@code agents}), none when it does not say. */
    Set<Integer> agentsOf(String type) {
        return agents.getOrDefault(type, Set.of());
    }

    /** @param titles the surnames people are named by */
    static HeadlineReading read(String title, List<LocalEntity> entities, EventLexicon lexicon, Titles titles) {
        if (title == null || title.isBlank()) {
            return NONE;
        }
        List<List<String>> lemmas = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (Matcher m = WORD.matcher(title); m.find(); ) {
            String word = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            lemmas.add(lemmas(word, lexicon.headlines().wordForms()));
            texts.add(m.group());
            starts.add(m.start());
        }
        List<String> news = new ArrayList<>();
        List<String> scene = new ArrayList<>();
        String toldPart = "";
        boolean ahead = false;
        Map<String, Set<Integer>> agents = new HashMap<>();
        for (TriggerTable.Match t : lexicon.triggers().find(lemmas.size(), lemmas::get, texts::get, HeadlineReading::mayStart, i -> false)) {
            boolean setting = setsScene(texts, t.first(), lexicon.headlines().sceneSetters());
            int by = texts.get(t.last()).equalsIgnoreCase("by") ? t.last() : t.last() + 1; // "address by" holds its "by"
            Set<Integer> agentsBy = agentsAfter(title, by, texts, starts, entities, titles);
            if (!agentsBy.isEmpty()) {
                lexicon.triggers().typesOf(t.phrase().words()).forEach(type -> agents.computeIfAbsent(type, k -> new HashSet<>()).addAll(agentsBy));
            }
            if (!setting && news.isEmpty()) {
                toldPart = partAt(title, starts.get(t.first()));
                ahead = t.first() > 0 && AHEAD.contains(texts.get(t.first() - 1).toLowerCase(Locale.ROOT));
            }
            List<String> into = setting ? scene : news;
            for (String type : lexicon.triggers().typesOf(t.phrase().words())) { // "fire": a blaze or a dismissal
                if (!into.contains(type)) {
                    into.add(type);
                }
            }
        }
        List<String> types = new ArrayList<>(news);
        scene.stream().filter(type -> !types.contains(type)).forEach(types::add);
        Set<Integer> places = new HashSet<>(named(title, entities, "in ", titles));
        places.removeIf(e -> entities.get(e).type() != EntityType.LOCATION);
        return new HeadlineReading(types, news.size(), named(title, entities, "", titles), named(toldPart, entities, "", titles), places,
                agents, ahead, speaker(title, entities, titles));
    }

    /**
     * The person a part of the title names alone, in capitalised words, when the title has other parts:
     * the speaker of a quote headline ("Anna Berg: we will win", "We will win - President Anna Berg").
     */
    private static int speaker(String title, List<LocalEntity> entities, Titles titles) {
        List<String> parts = List.of(PART_BREAK.split(title));
        if (parts.size() < 2) {
            return -1;
        }
        for (String part : parts) {
            List<String> words = new ArrayList<>();
            WORD.matcher(part).results().forEach(m -> words.add(m.group()));
            if (words.isEmpty() || words.size() > SPEAKER_WORDS
                    || !words.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
                continue;
            }
            List<Integer> people = named(part, entities, "", titles).stream()
                    .filter(e -> entities.get(e).type() == EntityType.PERSON).toList();
            if (people.size() == 1) {
                return people.get(0);
            }
        }
        return -1;
    }

    /**
     * The people and organisations named in the run of words after "by" at word {@code at}: capitalised
     * words and an office's links, up to the first other word or mark ("by President of X Anna Berg in
     * the Assembly" gives Anna Berg); none when the word at {@code at} is not "by".
     */
    private static Set<Integer> agentsAfter(String title, int at, List<String> texts, List<Integer> starts,
            List<LocalEntity> entities, Titles titles) {
        if (at + 1 >= texts.size() || !texts.get(at).equalsIgnoreCase("by")) {
            return Set.of();
        }
        int end = at + 1;
        while (end < texts.size() && (Character.isUpperCase(texts.get(end).codePointAt(0))
                || OFFICE_LINKS.contains(texts.get(end).toLowerCase(Locale.ROOT)))
                && title.substring(starts.get(end - 1) + texts.get(end - 1).length(), starts.get(end)).isBlank()) {
            end++;
        }
        if (end == at + 1) {
            return Set.of(); // "by far", "by 2030": no name follows
        }
        String run = title.substring(starts.get(at + 1), starts.get(end - 1) + texts.get(end - 1).length());
        Set<Integer> named = new HashSet<>(named(run, entities, "", titles));
        named.removeIf(e -> entities.get(e).type() != EntityType.PERSON && entities.get(e).type() != EntityType.ORGANIZATION);
        return named;
    }

    /** The part of the title, between colons, semicolons and spaced dashes, that holds the character at {@code at}. */
    private static String partAt(String title, int at) {
        int start = 0;
        for (Matcher m = PART_BREAK.matcher(title); m.find(); ) {
            if (m.start() > at) {
                return title.substring(start, m.start());
            }
            start = m.end();
        }
        return title.substring(start);
    }

    /**
     * Whether a title's word may start a phrase that needs this part of speech. Titles are not
     * tagged, so any may, but the first word of a headline is not its verb: a headline's verb
     * follows its subject ("X talks with Y"), and a headline that opens on the word is nominal
     * ("Talks with Y" are talks, not a call).
     */
    private static boolean mayStart(int word, TriggerTable.Pos pos) {
        return word > 0 || pos != TriggerTable.Pos.VERB;
    }

    /**
     * Whether the title's word at {@code trigger} stands in a phrase that sets the scene ("during
     * a working visit", "after the meeting"): a scene setter ends at most {@link #SCENE_GAP} words
     * before it.
     */
    private static boolean setsScene(List<String> words, int trigger, List<List<String>> setters) {
        for (List<String> setter : setters) {
            for (int end = Math.max(0, trigger - SCENE_GAP - 1); end < trigger; end++) {
                int start = end - setter.size() + 1;
                if (start >= 0 && matches(words, start, setter)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(List<String> words, int start, List<String> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(start + i).equalsIgnoreCase(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The lemmas a word of a title can have. */
    static List<String> lemmas(String word, Map<String, String> forms) {
        Set<String> out = new java.util.LinkedHashSet<>();
        out.add(word);
        if (forms.containsKey(word)) {
            out.add(forms.get(word));
        }
        int n = word.length();
        if (n > 4 && word.endsWith("ies") || n > 4 && word.endsWith("ied")) {
            out.add(word.substring(0, n - 3) + "y");
        }
        if (n > 3 && word.endsWith("s")) {
            out.add(word.substring(0, n - 1));
            if (word.endsWith("es")) {
                out.add(word.substring(0, n - 2));
            }
        }
        for (String ending : List.of("ed", "ing")) {
            if (n > ending.length() + 2 && word.endsWith(ending)) {
                String stem = word.substring(0, n - ending.length());
                out.add(stem);
                out.add(stem + "e");
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The entities whose name, a mention's words or a person's surname ({@link Titles#surname}) stand in the title as whole
     * words, right after {@code before} (words, lower case, ending with a space; empty for anywhere);
     * an entity whose every such place lies inside a longer one of another's is not named ("Steve"
     * inside "Steve Jobs", "Apple" inside "Apple Computer"), nor one whose words the title writes
     * in lower case ("the state had bought" names no "State").
     */
    private static Set<Integer> named(String title, List<LocalEntity> entities, String before, Titles titles) {
        List<String> titleWords = words(title);
        List<Boolean> capitals = new ArrayList<>();
        for (Matcher m = WORD.matcher(title); m.find(); ) {
            capitals.add(Character.isUpperCase(m.group().codePointAt(0)));
        }
        List<String> lead = words(before);
        Map<Integer, List<int[]>> found = new HashMap<>();
        for (int e = 0; e < entities.size(); e++) {
            LocalEntity entity = entities.get(e);
            Set<String> forms = new HashSet<>(entity.aliases());
            forms.add(entity.name());
            if (entity.type() == EntityType.PERSON) {
                forms.add(titles.surname(entity.name()));
            }
            for (String form : forms) {
                List<String> w = words(form);
                if (w.isEmpty() || String.join("", w).length() < 3) {
                    continue;
                }
                List<String> phrase = new ArrayList<>(lead);
                phrase.addAll(w);
                for (int at = 0; at + phrase.size() <= titleWords.size(); at++) {
                    if (titleWords.subList(at, at + phrase.size()).equals(phrase)
                            && capitals.subList(at + lead.size(), at + phrase.size()).contains(true)) {
                        found.computeIfAbsent(e, k -> new ArrayList<>()).add(new int[] {at + lead.size(), at + phrase.size() - 1});
                    }
                }
            }
        }
        Set<Integer> named = new HashSet<>();
        found.forEach((e, spans) -> {
            boolean standsAlone = spans.stream().anyMatch(span -> found.entrySet().stream()
                    .filter(other -> !other.getKey().equals(e)).flatMap(other -> other.getValue().stream())
                    .noneMatch(longer -> longer[0] <= span[0] && span[1] <= longer[1] && longer[1] - longer[0] > span[1] - span[0]));
            if (standsAlone) {
                named.add(e);
            }
        });
        return named;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT)); m.find(); ) {
            words.add(m.group().replaceAll("['’]s$", ""));
        }
        return words;
    }
}
