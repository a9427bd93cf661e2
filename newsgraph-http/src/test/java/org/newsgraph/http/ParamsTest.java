package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {

    private static final Set<String> ALLOWED = Set.of("type", "entity", "from", "to", "kind", "limit", "cursor");

    @Test
    void randomValuesAreReadOrRefusedAsABadParameterNeverAnotherFailure() {
        Random random = new Random(15);
        for (int round = 0; round < 20_000; round++) {
            String name = List.copyOf(ALLOWED).get(random.nextInt(ALLOWED.size()));
            String value = randomText(random, random.nextInt(round % 50 == 0 ? 400 : 30));

            Throwable thrown = catchThrowable(() -> read(new Params(Map.of(name, List.of(value)), ALLOWED, 200), name));

            if (thrown != null) {
                assertThat(thrown).as("%s=%s", name, value).isInstanceOf(Problem.Raised.class);
                Problem.Raised raised = (Problem.Raised) thrown;
                assertThat(raised.status).isEqualTo(400);
                assertThat(raised.parameter).isIn(name, "cursor");
            }
        }
    }

    @Test
    void refusesControlFormatAndReplacementCharactersNamingWhereTheyAre() {
        for (String hostile : List.of("a\u0000", "\u202Eabc", "ab\u200Bc", "\uFEFF", "x\uFFFD", "\uD800", "a\u007F")) {
            assertThatThrownBy(() -> new Params(Map.of("entity", List.of(hostile)), ALLOWED, 200))
                    .isInstanceOf(Problem.Raised.class).hasMessageStartingWith("entity: holds U+");
        }
        assertThat(new Params(Map.of("entity", List.of("Zelensky 🙂 Łukasiewicz")), ALLOWED, 200).text("entity"))
                .isEqualTo("Zelensky 🙂 Łukasiewicz");
    }

    @Test
    void refusesUnknownRepeatedAndOverlongParameters() {
        assertThatThrownBy(() -> new Params(Map.of("q", List.of("x")), ALLOWED, 200))
                .hasMessageContaining("q: unknown parameter; this route takes cursor, entity");
        assertThatThrownBy(() -> new Params(Map.of("type", List.of("visit", "call")), ALLOWED, 200))
                .hasMessage("type: given 2 times; give it once");
        assertThatThrownBy(() -> new Params(Map.of("type", List.of("v".repeat(201))), ALLOWED, 200))
                .hasMessage("type: longer than 200 characters");
        assertThatThrownBy(() -> new Params(Map.of("x".repeat(500) + "\u0007", List.of("1")), ALLOWED, 200))
                .satisfies(e -> assertThat(((Problem.Raised) e).parameter).hasSize(41).doesNotContain("\u0007"));
    }

    @Test
    void readsDatesLimitsAndChoicesOrSaysWhatToGive() {
        Params p = new Params(Map.of("from", List.of("2023-04"), "limit", List.of("7"), "kind", List.of("MAIN")), ALLOWED, 200);
        assertThat(p.date("from").first()).hasToString("2023-04-01");
        assertThat(p.limit(20, 100)).isEqualTo(7);
        assertThat(p.choice("kind", List.of("main", "reported"))).isEqualTo("main");
        for (String bad : List.of("2023-13", "20.04.2023", "2023-02-30", "april")) {
            assertThatThrownBy(() -> new Params(Map.of("to", List.of(bad)), ALLOWED, 200).date("to"))
                    .hasMessageStartingWith("to: not a date");
        }
        for (String bad : List.of("0", "101", "-1", "1.5", "99999999999")) {
            assertThatThrownBy(() -> new Params(Map.of("limit", List.of(bad)), ALLOWED, 200).limit(20, 100))
                    .hasMessage("limit: give a whole number from 1 to 100");
        }
    }

    @Test
    void aCursorStartsTheNextPageOfItsOwnQueryOnly() {
        Params first = new Params(Map.of("type", List.of("visit")), ALLOWED, 200);
        String cursor = Cursor.of(40, first.query());

        assertThat(new Params(Map.of("type", List.of("visit"), "cursor", List.of(cursor), "limit", List.of("5")), ALLOWED, 200)
                .offset(first.query())).isEqualTo(40);
        Params other = new Params(Map.of("type", List.of("call"), "cursor", List.of(cursor)), ALLOWED, 200);
        assertThatThrownBy(() -> other.offset(other.query())).hasMessageStartingWith("cursor: given for another query");
        Params forged = new Params(Map.of("cursor", List.of("MTo5OTk6")), ALLOWED, 200);
        assertThatThrownBy(() -> forged.offset(forged.query())).hasMessageStartingWith("cursor: not a cursor this API gave");
    }

    @Test
    void aBrokenPercentEncodingIsRefused() {
        Params.checkEncoding("type=visit&entity=%C5%81ukasiewicz");
        for (String broken : List.of("type=%zz", "a=%", "a=%4", "%G0=1")) {
            assertThatThrownBy(() -> Params.checkEncoding(broken)).isInstanceOf(Problem.Raised.class)
                    .hasMessageStartingWith("query: a % at");
        }
    }

    private static void read(Params p, String name) {
        switch (name) {
            case "from", "to" -> p.date(name);
            case "kind" -> p.choice(name, List.of("main", "reported", "mentioned"));
            case "limit" -> p.limit(20, 100);
            case "cursor" -> p.offset(p.query());
            default -> p.text(name);
        }
    }

    /** Text from every corner of Unicode: controls, formats, surrogates alone and paired, digits, dashes, letters. */
    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(switch (random.nextInt(6)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) random.nextInt(0x10000);
                case 2 -> "0123456789-:".charAt(random.nextInt(12));
                case 3 -> new String(Character.toChars(0x1F300 + random.nextInt(200)));
                case 4 -> "\u202E\u200B\uFEFF\uFFFD".charAt(random.nextInt(4));
                default -> (char) ('a' + random.nextInt(26));
            });
        }
        return s.toString();
    }
}
