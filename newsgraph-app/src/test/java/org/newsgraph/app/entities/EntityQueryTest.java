package org.newsgraph.app.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.EntityType;

class EntityQueryTest {

    private static final EntitySummary ZELENSKY = new EntitySummary(4, "Volodymyr Zelenskyy", EntityType.PERSON,
            List.of("Zelensky", "Vladimir Zelensky"), 5, 23);
    private static final EntitySummary NATO = new EntitySummary(1, "NATO", EntityType.ORGANIZATION,
            List.of("North Atlantic Treaty Organization"), 5, 31);
    private static final EntitySummary LUKASIEWICZ = new EntitySummary(2, "Ana Łukasiewicz", EntityType.PERSON,
            List.of(), 1, 2);
    private static final EntitySummary KYIV = new EntitySummary(3, "Kyiv", EntityType.LOCATION, List.of("Kiev", "Kyïv"),
            4, 9);
    private static final EntitySummary OBRIEN = new EntitySummary(5, "Seán O’Brien", EntityType.PERSON, List.of(), 1, 2);
    private static final List<EntitySummary> ALL = List.of(ZELENSKY, NATO, LUKASIEWICZ, KYIV, OBRIEN);

    @Test
    void listsEveryEntityByArticlesThenMentionsThenId() {
        assertThat(EntityQuery.all().select(ALL)).containsExactly(NATO, ZELENSKY, KYIV, LUKASIEWICZ, OBRIEN);
    }

    @Test
    void findsANameByTheStartOfAWord() {
        assertThat(named("zelensk")).containsExactly(ZELENSKY);
        assertThat(named("volodymyr zel")).containsExactly(ZELENSKY);
        assertThat(named("ZELENSKYY")).containsExactly(ZELENSKY);
    }

    @Test
    void doesNotFindANameByTheMiddleOfAWord() {
        assertThat(named("lensky")).isEmpty();
        assertThat(named("ato")).isEmpty();
    }

    @Test
    void findsAnEntityByAnyOfItsAliases() {
        assertThat(named("vladimir")).containsExactly(ZELENSKY);
        assertThat(named("treaty")).containsExactly(NATO);
        assertThat(named("kiev")).containsExactly(KYIV);
    }

    @Test
    void ignoresAccentsCaseAndPunctuation() {
        assertThat(named("lukasiewicz")).containsExactly(LUKASIEWICZ);
        assertThat(named("ŁUKASIEWICZ")).containsExactly(LUKASIEWICZ);
        assertThat(named("sean o'brien")).containsExactly(OBRIEN);
        assertThat(named("kyiv")).containsExactly(KYIV);
    }

    @Test
    void filtersByType() {
        assertThat(new EntityQuery(EntityType.PERSON, null).select(ALL)).containsExactly(ZELENSKY, LUKASIEWICZ, OBRIEN);
        assertThat(new EntityQuery(EntityType.LOCATION, "zelensk").select(ALL)).isEmpty();
    }

    @Test
    void aNameWithoutWordsMatchesEveryEntity() {
        assertThat(named("  ")).hasSize(ALL.size());
        assertThat(named("’ - !")).hasSize(ALL.size());
    }

    @Test
    void hostileNamesThrowNothingAndMatchByTheirWordsOnly() {
        for (String hostile : List.of("\u0000", "\ud83d", "🚀", "(.*)", "%s%n", "x".repeat(100_000))) {
            assertThatCode(() -> named(hostile)).as(hostile).doesNotThrowAnyException();
        }
        assertThat(named("\u202e kyiv")).containsExactly(KYIV);
        assertThat(named("\\E.*\\Q")).isEmpty();
        assertThat(named("x".repeat(100_000))).isEmpty();
    }

    private static List<EntitySummary> named(String name) {
        return new EntityQuery(null, name).select(ALL);
    }
}
