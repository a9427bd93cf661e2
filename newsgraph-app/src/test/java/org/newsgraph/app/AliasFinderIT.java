package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.analyze.Recipe;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputKind;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.resolve.AliasFinder;
import org.newsgraph.testkit.Seeds;

/**
 * The real recipe with the real CoreNLP models on the example articles: what {@link AliasFinder}
 * adds to the entities the stages before it found. Prints every person and organisation with its
 * mentions and roles; asserts only behaviour that holds for news in general.
 */
class AliasFinderIT {

    /** One article before and after the stage. */
    private record Analysed(String file, Document before, Document after) {

        /** The mentions the stage added: spans no entity had before. */
        List<Added> added() {
            Set<Span> known = before.entities().stream().flatMap(e -> e.mentions().stream())
                    .map(Mention::span).collect(Collectors.toSet());
            List<Added> added = new ArrayList<>();
            for (LocalEntity e : after.entities()) {
                e.mentions().stream().filter(m -> !known.contains(m.span())).forEach(m -> added.add(new Added(e, m)));
            }
            return added;
        }
    }

    private record Added(LocalEntity entity, Mention mention) {}

    private static final List<Analysed> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void analyseTheExamples() {
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        Recipe recipe = Newsgraph.recipe(newsgraph.languageIdentifier(), newsgraph.coreNlp(() -> { }));
        ArticleReader reader = new ArticleReader(IngestConfig.defaults());
        for (Path file : Seeds.files()) {
            reader.read(InputFile.of(file, InputKind.TEXT), item -> {
                if (item instanceof IngestItem.Accepted accepted) {
                    ARTICLES.add(analyse(recipe, file.getFileName().toString(), recipe.text().run(Document.of(accepted.source()))));
                }
            });
        }
        ARTICLES.forEach(AliasFinderIT::print);
    }

    private static Analysed analyse(Recipe recipe, String file, Document text) {
        Document before = text;
        Document after = null;
        for (Stage stage : recipe.analysis().stages()) {
            if (stage instanceof AliasFinder) {
                after = stage.apply(before);
            } else if (after == null) {
                before = stage.apply(before);
            } else {
                after = stage.apply(after);
            }
        }
        assertThat(after).as("the recipe runs the AliasFinder").isNotNull();
        return new Analysed(file, before, after);
    }

    private static void print(Analysed a) {
        System.out.println("=== " + a.file());
        for (LocalEntity e : a.after().entities()) {
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                String mentions = e.mentions().stream().map(m -> m.text() + "@" + m.span().start())
                        .collect(Collectors.joining(", "));
                System.out.println(e.type() + " " + e.name() + " roles=" + e.roles() + " mentions=[" + mentions + "]");
            }
        }
    }

    @Test
    void addsRoleNounsAndHandlesAsMentionsOfPeople() {
        List<Added> toPeople = ARTICLES.stream().flatMap(a -> a.added().stream())
                .filter(x -> x.entity().type() == EntityType.PERSON).toList();
        assertThat(toPeople).as("handles").anyMatch(x -> x.mention().text().startsWith("@"));
        assertThat(toPeople).as("role nouns").anyMatch(x -> Character.isLetter(x.mention().text().charAt(0)));
    }

    @Test
    void everyAddedMentionIsTheTextAtItsSpan() {
        for (Analysed a : ARTICLES) {
            String text = a.after().text();
            assertThat(a.added()).allSatisfy(x -> assertThat(x.mention().span().of(text)).isEqualTo(x.mention().text()));
        }
    }

    @Test
    void givesPeopleTheRolesOfTheirTitles() {
        assertThat(ARTICLES.stream().flatMap(a -> a.after().entities().stream()))
                .filteredOn(e -> e.type() == EntityType.PERSON)
                .anyMatch(e -> !e.roles().isEmpty())
                .allMatch(e -> e.roles().stream().allMatch(r -> r.equals(r.toLowerCase(java.util.Locale.ROOT))));
    }

    @Test
    void joinsEntitiesWithoutLosingAMention() {
        for (Analysed a : ARTICLES) {
            Set<Span> before = spans(a.before().entities());
            assertThat(a.after().entities().size()).isLessThanOrEqualTo(a.before().entities().size());
            assertThat(spans(a.after().entities())).containsAll(before);
        }
        assertThat(ARTICLES).as("some article had two entities joined")
                .anyMatch(a -> a.after().entities().size() < a.before().entities().size());
    }

    private static Set<Span> spans(List<LocalEntity> entities) {
        Set<Span> spans = new HashSet<>();
        entities.forEach(e -> e.mentions().forEach(m -> spans.add(m.span())));
        return spans;
    }
}
