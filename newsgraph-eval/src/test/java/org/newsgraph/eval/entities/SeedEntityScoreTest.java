package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.export.ExportDocument;

class SeedEntityScoreTest {

    private static final SeedGold GOLD = new SeedGold(List.of(
            new SeedGold.Entity("Anna Kowalska", "PERSON", List.of("Anna Kowalska", "Kowalska", "Ana Kowalska")),
            new SeedGold.Entity("Lisbon", "LOCATION", List.of("Lisbon", "Lisboa")),
            new SeedGold.Entity("Ewa Nowak", "PERSON", List.of("Ewa Nowak", "Nowak"))),
            List.of(new SeedGold.Apart("Anna Kowalska", "Ewa Nowak"), new SeedGold.Apart("Porto (a city)", "Lisbon")));

    @Test
    void aGroupIsWholeWhenEveryNameShownIsInOneEntityIgnoringCaseAndPossessives() {
        SeedEntityScore score = SeedEntityScore.of(export(
                entity("e1", "Anna Kowalska", "PERSON", "Anna Kowalska", "KOWALSKA’s"),
                entity("e2", "Ewa Nowak", "PERSON", "Ewa Nowak")), GOLD);

        assertThat(score.group("Anna Kowalska").whole()).isTrue();
        assertThat(score.group("Anna Kowalska").unseen()).containsExactly("Ana Kowalska");
        assertThat(score.group("Lisbon").absent()).isTrue();
        assertThat(score.whole()).isEqualTo(2);
    }

    @Test
    void aGroupIsSplitWhenItsNamesLandInSeveralEntitiesAndSaysWhere() {
        SeedEntityScore score = SeedEntityScore.of(export(
                entity("e1", "Anna Kowalska", "PERSON", "Anna Kowalska", "Kowalska"),
                entity("e2", "Ana Kowalska", "PERSON", "Ana Kowalska", "Kowalska")), GOLD);

        SeedEntityScore.Group anna = score.group("Anna Kowalska");
        assertThat(anna.split()).isTrue();
        assertThat(anna.parts().values()).containsExactly(List.of("Anna Kowalska", "Kowalska"), List.of("Kowalska", "Ana Kowalska"));
        assertThat(score.render()).contains("SPLIT  PERSON Anna Kowalska", "e2 PERSON \"Ana Kowalska\" <- Kowalska, Ana Kowalska");
    }

    @Test
    void aPairIsBrokenWhenOneEntityHoldsANameOfEachSide() {
        SeedEntityScore score = SeedEntityScore.of(export(
                entity("e1", "Anna Kowalska", "PERSON", "Anna Kowalska", "Nowak")), GOLD);

        assertThat(score.separations().get(0).broken()).isTrue();
        assertThat(score.separations().get(0).joinedIn()).extracting(ExportDocument.Entity::id).containsExactly("e1");
        assertThat(score.broken()).isEqualTo(1);
    }

    @Test
    void aPairIsSkippedWhenTheExportShowsNoNameOfOneSideAndItsNoteIsDropped() {
        SeedEntityScore score = SeedEntityScore.of(export(
                entity("e1", "Lisbon", "LOCATION", "Lisbon"), entity("e2", "Porto", "LOCATION", "Porto")), GOLD);

        assertThat(score.separations().get(0).skipped()).isTrue();
        assertThat(score.separations().get(1).skipped()).isFalse();
        assertThat(score.separations().get(1).first()).containsExactly("Porto");
        assertThat(score.separations().get(1).broken()).isFalse();
    }

    @Test
    void aPlaceIsLocatedWhenItsEntityHasCoordinatesAndTypedWhenItHasTheGoldType() {
        ExportDocument.Place lisbon = new ExportDocument.Place(2267057, "Lisbon", "PT", 38.7, -9.1, 517802);
        SeedEntityScore score = SeedEntityScore.of(export(
                new ExportDocument.Entity("e1", "Lisbon", "LOCATION", List.of("Lisboa"), 1, mentions("Lisbon", "Lisboa"), lisbon),
                entity("e2", "Ewa Nowak", "LOCATION", "Ewa Nowak")), GOLD);

        assertThat(score.group("Lisbon").whole()).isTrue();
        assertThat(score.group("Lisbon").located()).isTrue();
        assertThat(score.group("Ewa Nowak").typed()).isFalse();
        assertThat(score.typed()).isEqualTo(1);
    }

    private static ExportDocument export(ExportDocument.Entity... entities) {
        return new ExportDocument(ExportDocument.VERSION, List.of(), List.of(entities), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static ExportDocument.Entity entity(String id, String name, String type, String... texts) {
        return new ExportDocument.Entity(id, name, type, List.of(), 1, mentions(texts), null);
    }

    private static List<ExportDocument.Mention> mentions(String... texts) {
        List<ExportDocument.Mention> mentions = new ArrayList<>();
        for (String t : texts) {
            mentions.add(new ExportDocument.Mention("a1", 0, t.length(), t));
        }
        return mentions;
    }
}
