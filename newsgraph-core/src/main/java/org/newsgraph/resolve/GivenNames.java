package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.pipeline.DataFile;

/**
 * What resolution knows about given names: spellings of one name (Oleksandr, Aleksandr,
 * Alexander) from {@code names/given-name-equivalents.txt}, and nicknames (Robert, Bob) from
 * {@code names/nicknames.csv}. Names are compared folded.
 */
final class GivenNames {

    private static final String EQUIVALENTS = "names/given-name-equivalents.txt";
    private static final String NICKNAMES = "names/nicknames.csv";
    private static final String NICKNAME_HEADER = "name1,relationship,name2";

    private final Map<String, String> spellingOf = new HashMap<>();
    private final Set<String> nicknamePairs = new HashSet<>();

    private GivenNames() {}

    static GivenNames load() {
        GivenNames names = new GivenNames();
        DataFile.read(GivenNames.class, EQUIVALENTS, (line, text) -> {
            String[] forms = text.strip().split("\\s+");
            for (String form : forms) {
                names.spellingOf.putIfAbsent(form, forms[0]);
            }
        });
        DataFile.read(GivenNames.class, NICKNAMES, (line, text) -> {
            if (text.strip().equals(NICKNAME_HEADER)) {
                return;
            }
            String[] triple = text.strip().split(",");
            if (triple.length != 3 || !triple[1].equals("has_nickname")) {
                throw DataFile.fault(NICKNAMES, line, "expected name,has_nickname,nickname: " + text);
            }
            names.nicknamePairs.add(triple[0] + "," + triple[2]);
        });
        return names;
    }

    /** One spelling standing for all spellings of this folded name. */
    String canonical(String given) {
        return spellingOf.getOrDefault(given, given);
    }

    /** Whether {@code nick} is a nickname of {@code name} (Bob of Robert). */
    boolean isNicknameOf(String nick, String name) {
        return nicknamePairs.contains(name + "," + nick);
    }

    /** Whether {@code initial} is the initial of {@code name} ("j" and "jonas"). */
    static boolean isInitialOf(String initial, String name) {
        return initial.length() == 1 && name.length() > 1 && name.startsWith(initial);
    }
}
