package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.newsgraph.lexicon.OfficeStandIn;
import org.newsgraph.lexicon.OfficeStandIns;
import org.newsgraph.lexicon.FamilyNamesFirst;
import org.newsgraph.lexicon.SurnameParticles;
import org.newsgraph.pipeline.DataFile;

/**
 * The taxonomy and the words events are found by, read from the data files of one language
 * folder (see {@code english/}); every fault names its file and line.
 *
 * @param types     the event types by name, in file order
 * @param triggers  the phrases that name events
 * @param clauses   the words a trigger's clause is read by: its place, time frame, bounds, participants
 * @param headlines the words a headline is read by
 * @param naming    the words a title names people by
 */
public record EventLexicon(Map<String, EventType> types, TriggerTable triggers, Clauses clauses, HeadlineWords headlines,
        Naming naming) {

    /** Every type, in {@link Clauses#placeCues}. */
    static final String ALL_TYPES = "*";
    static final String OBJECT_CUE = "@object";
    static final String MODIFIER_CUE = "@modifier";
    /** In {@code contexts.txt}: a score ("31-24") shows the context too. */
    static final String SCORE_CUE = "@score";

    /** When an event stands to the time the article reports: then, before it, or after it. */
    public enum Frame { NOW, PAST, FUTURE }

    /** Where a frame cue stands relative to the trigger. */
    public enum Where { GROUP, BEFORE, AFTER }

    /** One frame cue: its words (lower case), the frame it sets and where it stands. */
    public record FrameCue(List<String> words, Frame frame, Where where) {

        public FrameCue {
            words = List.copyOf(words);
        }
    }

    /**
     * The words a trigger's clause is read by.
     *
     * @param placeCues        for a cue word before a place ("in", "to"), the types it places events of
     *                         ({@code *} for all); {@code @object} and {@code @modifier} as in the file
     * @param frameCues        words that put an event before or after the time the article reports
     * @param boundaries       words and marks that open another clause
     * @param portfolioOffices offices named with a portfolio ("Secretary of State"): the portfolio is
     *                         part of a title, never a participant
     * @param topicVerbs       lemmas of verbs that tell what a consultation was about ("discuss"), whose
     *                         subjects took part in it
     */
    public record Clauses(Map<String, Set<String>> placeCues, List<FrameCue> frameCues, Set<String> boundaries,
            Set<String> portfolioOffices, Set<String> topicVerbs) {

        public Clauses {
            placeCues = Map.copyOf(placeCues);
            frameCues = List.copyOf(frameCues);
            boundaries = Set.copyOf(boundaries);
            portfolioOffices = Set.copyOf(portfolioOffices);
            topicVerbs = Set.copyOf(topicVerbs);
        }
    }

    /**
     * The words a headline is read by.
     *
     * @param wordForms    irregular word forms and their lemma
     * @param sceneSetters words that open a headline's phrase whose event sets the scene ("during a
     *                     visit to ..."), not the news, each as its words
     */
    public record HeadlineWords(Map<String, String> wordForms, List<List<String>> sceneSetters) {

        public HeadlineWords {
            wordForms = Map.copyOf(wordForms);
            sceneSetters = sceneSetters.stream().map(List::copyOf).toList();
        }
    }

    /**
     * The words a title names people by.
     *
     * @param surnameParticles words that belong to a surname before its last word ("de"), the shared
     *                         {@link SurnameParticles}
     * @param familyFirst      family names written before the given name ("Xi Jinping"), the shared
     *                         {@link FamilyNamesFirst}
     * @param roleStandIns     roles written for a title ("head of state" for "president", "king", ...):
     *                         the nouns of the shared {@link OfficeStandIns} that may stand alone
     */
    public record Naming(Set<String> surnameParticles, FamilyNamesFirst familyFirst, Map<String, Set<String>> roleStandIns) {

        public Naming {
            surnameParticles = Set.copyOf(surnameParticles);
            roleStandIns = Map.copyOf(roleStandIns);
        }
    }

    public EventLexicon {
        types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** Reads one data file by its path, passing each entry with its line number. */
    @FunctionalInterface
    interface Files {
        void read(String path, BiConsumer<Integer, String> entry);
    }

    /** The English lexicon, read from the data files in {@code english/}; a fault names its file and line. */
    public static EventLexicon english() {
        return read("english/", (path, entry) -> DataFile.read(EventLexicon.class, path, entry), SurnameParticles.load(),
                FamilyNamesFirst.load(),
                aloneStandIns(OfficeStandIns.english()));
    }

    /**
     * A lexicon read from the files of a folder, named as in {@code english/}, with these surname
     * particles and roles written for a title.
     */
    static EventLexicon read(String folder, Files files, Set<String> surnameParticles, FamilyNamesFirst familyFirst,
            Map<String, Set<String>> roleStandIns) {
        Map<String, EventType> types = readTypes(files, folder); // files read in this order: the first fault is named
        TriggerTable triggers = readTriggers(files, folder, types);
        Map<String, Set<String>> placeCues = readPlaceCues(files, folder, types);
        List<FrameCue> frameCues = readFrameCues(files, folder);
        Set<String> boundaries = words(files, folder + "clause-boundaries.txt");
        Map<String, String> wordForms = pairs(files, folder + "word-forms.txt");
        Set<String> portfolioOffices = words(files, folder + "portfolio-offices.txt");
        List<List<String>> sceneSetters = words(files, folder + "scene-setters.txt").stream().sorted()
                .map(w -> List.of(w.split("\\s+"))).toList();
        Set<String> topicVerbs = words(files, folder + "topic-verbs.txt");
        return new EventLexicon(types, triggers, new Clauses(placeCues, frameCues, boundaries, portfolioOffices, topicVerbs),
                new HeadlineWords(wordForms, sceneSetters), new Naming(surnameParticles, familyFirst, roleStandIns));
    }

    /** The stand-ins that name an office alone ("the head of state"), each with its offices. */
    static Map<String, Set<String>> aloneStandIns(Map<String, OfficeStandIn> standIns) {
        Map<String, Set<String>> alone = new HashMap<>();
        standIns.forEach((noun, standIn) -> {
            if (!standIn.needsModifier()) {
                alone.put(noun, standIn.offices());
            }
        });
        return alone;
    }

    /** The type of this name; the name must be one of the taxonomy's. */
    EventType type(String name) {
        EventType type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no event type " + name);
        }
        return type;
    }

    private static Map<String, EventType> readTypes(Files files, String folder) {
        String file = folder + "event-types.txt";
        Map<String, EventType> types = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        files.read(file, (line, entry) -> {
            String[] f = fields(file, line, entry, 4);
            String name = f[0].toLowerCase(Locale.ROOT);
            String cameo = f[1].equals("-") ? null : f[1];
            if (cameo != null && !cameo.matches("\\d\\d")) {
                throw DataFile.fault(file, line, "CAMEO root code '" + f[1] + "' is not two digits");
            }
            Set<String> within = f[2].equals("-") ? Set.of() : Set.of(f[2].toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
            List<TitleTemplate> titles = new ArrayList<>();
            try {
                for (String t : f[3].split("\\s*\\|\\s*")) {
                    titles.add(TitleTemplate.parse(t));
                }
                if (types.put(name, new EventType(name, cameo, within, titles)) != null) {
                    throw DataFile.fault(file, line, "type '" + name + "' given twice");
                }
            } catch (IllegalArgumentException e) {
                throw DataFile.fault(file, line, e.getMessage());
            }
            lines.put(name, line);
        });
        types.values().forEach(t -> t.within().stream().filter(w -> !types.containsKey(w)).findFirst().ifPresent(w -> {
            throw DataFile.fault(file, lines.get(t.name()), "'" + t.name() + "' is within unknown type '" + w + "'");
        }));
        return types;
    }

    private static TriggerTable readTriggers(Files files, String folder, Map<String, EventType> types) {
        Map<String, TriggerTable.Context> contexts = readContexts(files, folder);
        String file = folder + "triggers.txt";
        List<TriggerTable.Phrase> phrases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        files.read(file, (line, entry) -> {
            String[] f = fields(file, line, entry, 3, 4);
            List<String> words = List.of(f[0].toLowerCase(Locale.ROOT).split("\\s+"));
            String type = f[1].equals("-") ? null : f[1].toLowerCase(Locale.ROOT);
            if (type != null && !types.containsKey(type)) {
                throw DataFile.fault(file, line, "unknown type '" + f[1] + "'");
            }
            TriggerTable.Pos pos;
            try {
                pos = TriggerTable.Pos.valueOf(f[2].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DataFile.fault(file, line, "part of speech '" + f[2] + "' is not verb, noun or any");
            }
            TriggerTable.Context context = null;
            if (f.length == 4) {
                context = contexts.get(f[3].toLowerCase(Locale.ROOT));
                if (context == null) {
                    throw DataFile.fault(file, line, "unknown context '" + f[3] + "' (contexts.txt)");
                }
            }
            if (words.get(0).equals(TriggerTable.ANY) || words.get(words.size() - 1).equals(TriggerTable.ANY)) {
                throw DataFile.fault(file, line, "a phrase must start and end with a word");
            }
            if (!seen.add(words + "/" + pos)) {
                throw DataFile.fault(file, line, "'" + f[0] + "' given twice");
            }
            phrases.add(new TriggerTable.Phrase(words, type, pos, context));
        });
        return new TriggerTable(phrases);
    }

    /** The fields a trigger may need its sentence to show, by name: {@code contexts.txt}. */
    private static Map<String, TriggerTable.Context> readContexts(Files files, String folder) {
        String file = folder + "contexts.txt";
        Map<String, TriggerTable.Context> contexts = new HashMap<>();
        files.read(file, (line, entry) -> {
            String[] f = fields(file, line, entry, 2);
            Set<String> words = new HashSet<>(List.of(f[1].toLowerCase(Locale.ROOT).split("\\s+")));
            boolean scores = words.remove(SCORE_CUE);
            String name = f[0].toLowerCase(Locale.ROOT);
            if (contexts.put(name, new TriggerTable.Context(name, words, scores)) != null) {
                throw DataFile.fault(file, line, "context '" + f[0] + "' given twice");
            }
        });
        return contexts;
    }

    private static Map<String, Set<String>> readPlaceCues(Files files, String folder, Map<String, EventType> types) {
        String file = folder + "place-cues.txt";
        Map<String, Set<String>> cues = new HashMap<>();
        files.read(file, (line, entry) -> {
            String[] f = fields(file, line, entry, 2);
            Set<String> applies = Set.of(f[1].toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
            for (String type : applies) {
                if (!type.equals(ALL_TYPES) && !types.containsKey(type)) {
                    throw DataFile.fault(file, line, "unknown type '" + type + "'");
                }
            }
            if (cues.put(f[0].toLowerCase(Locale.ROOT), applies) != null) {
                throw DataFile.fault(file, line, "'" + f[0] + "' given twice");
            }
        });
        return cues;
    }

    private static List<FrameCue> readFrameCues(Files files, String folder) {
        String file = folder + "frame-cues.txt";
        List<FrameCue> cues = new ArrayList<>();
        files.read(file, (line, entry) -> {
            String[] f = fields(file, line, entry, 3);
            try {
                Frame frame = Frame.valueOf(f[1].toUpperCase(Locale.ROOT));
                if (frame == Frame.NOW) {
                    throw new IllegalArgumentException("a cue moves an event away from now");
                }
                cues.add(new FrameCue(List.of(f[0].toLowerCase(Locale.ROOT).split("\\s+")), frame,
                        Where.valueOf(f[2].toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw DataFile.fault(file, line, "expected 'cue<TAB>future|past<TAB>group|before|after', got '" + entry + "'");
            }
        });
        return cues;
    }

    private static Set<String> words(Files files, String file) {
        Set<String> words = new HashSet<>();
        files.read(file, (line, entry) -> words.add(entry.strip().toLowerCase(Locale.ROOT)));
        return words;
    }

    private static Map<String, String> pairs(Files files, String file) {
        Map<String, String> pairs = new HashMap<>();
        files.read(file, (line, entry) -> {
            String[] f = fields(file, line, entry, 2);
            if (pairs.put(f[0].toLowerCase(Locale.ROOT), f[1].toLowerCase(Locale.ROOT)) != null) {
                throw DataFile.fault(file, line, "'" + f[0] + "' given twice");
            }
        });
        return pairs;
    }

    private static String[] fields(String file, int line, String entry, int count) {
        return fields(file, line, entry, count, count);
    }

    private static String[] fields(String file, int line, String entry, int least, int most) {
        String[] f = entry.split("\t");
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        if (f.length < least || f.length > most || java.util.Arrays.stream(f).anyMatch(String::isEmpty)) {
            String count = least == most ? String.valueOf(least) : least + " or " + most;
            throw DataFile.fault(file, line, "expected " + count + " fields separated by tabs, got '" + entry + "'");
        }
        return f;
    }
}
