package org.newsgraph.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.FamilyNamesFirst;
import org.newsgraph.lexicon.SurnameParticles;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;

/**
 * Writes an event's short title from its type's templates: the agent (else the first person among
 * the participants, else the first participant), the next participant, and for what only a body
 * does ("goes bankrupt") the agent if it is an organisation, else the first organisation; each named
 * by their surname ({@link #surname}: "van Dam" keeps its particle, "Xi Jinping" is "Xi") or an organisation by the acronym the article uses; the place as the
 * article names it.
 */
final class Titles {

    private final Set<String> particles;
    private final FamilyNamesFirst familyFirst;

    /**
     * @param particles   words that belong to the surname after them, lower case
     * @param familyFirst family names written before the given name ("Xi Jinping")
     */
    Titles(Set<String> particles, FamilyNamesFirst familyFirst) {
        this.particles = particles;
        this.familyFirst = familyFirst;
    }

    String title(EventType type, List<LocalEntity> entities, List<Integer> participants, int agent, int patient, int location) {
        Map<String, String> names = new HashMap<>();
        List<Integer> others = participants.stream().filter(p -> p != patient).toList();
        int person = others.stream().filter(p -> entities.get(p).type() == EntityType.PERSON).findFirst().orElse(-1);
        int who = agent >= 0 && agent != patient && participants.contains(agent) ? agent
                : person >= 0 ? person : others.isEmpty() ? -1 : others.get(0);
        if (who >= 0) {
            names.put("who", shortName(entities.get(who)));
            participants.stream().filter(p -> p != who).findFirst().ifPresent(p -> names.put("other", shortName(entities.get(p))));
        }
        if (person >= 0) {
            names.put("person", shortName(entities.get(person)));
        }
        int body = who >= 0 && entities.get(who).type() == EntityType.ORGANIZATION ? who
                : others.stream().filter(p -> entities.get(p).type() == EntityType.ORGANIZATION).findFirst().orElse(-1);
        if (body >= 0) {
            names.put("org", shortName(entities.get(body)));
        }
        if (patient >= 0) {
            names.put("patient", shortName(entities.get(patient)));
        }
        if (agent >= 0 && agent != patient && participants.contains(agent)) {
            names.put("agent", shortName(entities.get(agent)));
        }
        if (location >= 0) {
            names.put("where", entities.get(location).name());
        }
        for (TitleTemplate t : type.titles()) {
            String title = t.render(names);
            if (title != null && !title.isEmpty()) {
                return Character.toUpperCase(title.charAt(0)) + title.substring(1);
            }
        }
        throw new IllegalStateException("the last title of " + type.name() + " needs no name");
    }

    /** A regnal number: "II", "XVI". */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("[IVX]{1,5}");

    String shortName(LocalEntity entity) {
        if (entity.type() == EntityType.PERSON) {
            return surname(entity.name());
        }
        if (entity.type() == EntityType.ORGANIZATION) {
            return entity.aliases().stream().filter(Titles::acronym).findFirst().orElse(entity.name());
        }
        return entity.name();
    }

    /**
     * The surname of a person's name as written: the last word with the particles before it ("von der
     * Leyen"), the first word of a two- or three-word name that starts with a family name written first
     * ("Xi" of "Xi Jinping"), the whole of a regnal name ("Benedict XVI") or of a one-word name.
     */
    String surname(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 1 || REGNAL.matcher(words[words.length - 1]).matches()) {
            return name.strip();
        }
        if (familyFirst.opens(List.of(words))) {
            return words[0];
        }
        int first = SurnameParticles.surnameStart(List.of(words), w -> particles.contains(w.toLowerCase(Locale.ROOT)));
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    private static boolean acronym(String form) {
        return form.length() >= 2 && form.length() <= 6 && form.chars().allMatch(Character::isUpperCase);
    }
}
