package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.FamilyNamesFirst;
import org.newsgraph.pipeline.DataFile;
import org.newsgraph.pipeline.DataFileException;

class EventLexiconTest {

    @Test
    void theEnglishLexiconLoadsEveryTypeTheTriggersName() {
        EventLexicon english = EventLexicon.english();
        assertThat(english.types()).containsKeys("meeting", "visit", "summit", "call", "speech", "press conference",
                "agreement", "pledge", "sanction", "attack", "protest", "arrest", "trial", "sentence", "election",
                "appointment", "resignation", "dismissal", "death", "earthquake", "flood", "fire", "accident",
                "acquisition", "launch", "award");
        assertThat(english.type("visit").cameo()).isEqualTo("04");
        assertThat(english.type("press conference").partOf(english.type("visit"))).isTrue();
    }

    @Test
    void aBrokenTypeLineFailsNamingFileAndLine() {
        Map<String, List<String>> files = minimal();
        files.put("t/event-types.txt", List.of("# types", "meeting\t04\t-\tMeeting", "visit\t4\t-\tVisit"));

        assertThatThrownBy(() -> read(files)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("t/event-types.txt:3").hasMessageContaining("two digits");
    }

    @Test
    void aTriggerOfAnUnknownTypeFailsNamingFileAndLine() {
        Map<String, List<String>> files = minimal();
        files.put("t/triggers.txt", List.of("meet\tmeeting\tverb", "parley\tpalaver\tnoun"));

        assertThatThrownBy(() -> read(files)).hasMessageContaining("t/triggers.txt:2").hasMessageContaining("palaver");
    }

    @Test
    void aTriggerNeedingAnUnknownContextFailsNamingFileAndLine() {
        Map<String, List<String>> files = minimal();
        files.put("t/triggers.txt", List.of("meet\tmeeting\tverb\tsport", "parley\tmeeting\tnoun\tdiplomacy"));

        assertThatThrownBy(() -> read(files)).hasMessageContaining("t/triggers.txt:2").hasMessageContaining("diplomacy");
    }

    @Test
    void aTitleThatMayNeedANameLastFails() {
        Map<String, List<String>> files = minimal();
        files.put("t/event-types.txt", List.of("meeting\t04\t-\t{who} meets {other}"));

        assertThatThrownBy(() -> read(files)).hasMessageContaining("t/event-types.txt:1").hasMessageContaining("no name");
    }

    @Test
    void titleTemplatesLeaveOutWhatIsUnknown() {
        TitleTemplate t = TitleTemplate.parse("{who} meets {other}[ in {where}]");
        assertThat(t.render(Map.of("who", "A", "other", "B"))).isEqualTo("A meets B");
        assertThat(t.render(Map.of("who", "A", "other", "B", "where", "C"))).isEqualTo("A meets B in C");
        assertThat(t.render(Map.of("who", "A"))).isNull();
        assertThatThrownBy(() -> TitleTemplate.parse("{nobody} waits")).hasMessageContaining("nobody");
        assertThatThrownBy(() -> TitleTemplate.parse("Visit[ to {where}")).hasMessageContaining("brackets");
    }

    private static EventLexicon read(Map<String, List<String>> files) {
        return EventLexicon.read("t/", (path, entry) -> DataFile.read(path, files.get(path), entry), Set.of("de"),
                new FamilyNamesFirst(Set.of("xi"), Set.of()), Map.of("head of state", Set.of("president")));
    }

    private static Map<String, List<String>> minimal() {
        Map<String, List<String>> files = new HashMap<>();
        files.put("t/event-types.txt", List.of("meeting\t04\t-\t{who} meets {other} | Meeting"));
        files.put("t/triggers.txt", List.of("meet\tmeeting\tverb"));
        files.put("t/contexts.txt", List.of("sport\tgame @score"));
        files.put("t/place-cues.txt", List.of("in\t*"));
        files.put("t/frame-cues.txt", List.of("will\tfuture\tgroup"));
        files.put("t/clause-boundaries.txt", List.of("which"));
        files.put("t/word-forms.txt", List.of("met\tmeet"));
        files.put("t/portfolio-offices.txt", List.of("minister"));
        return files;
    }
}
