package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;

/** The signature of an article's main event, and its scene when the event names no place. */
class ArticleProfilerTest {

    private static final String TEXT = "Floods in Porto Alegre forced thousands from their homes, Brazil said. "
            + "Later, officials in Brasilia promised aid.";
    private static final Place BRAZIL = new Place(3469034, "Brazil", "BR", Double.NaN, Double.NaN, 200_000_000, "PCLI");
    private static final Place PORTO_ALEGRE = new Place(3452925, "Porto Alegre", "BR", -30.03, -51.23, 1_300_000, "PPLA");
    private static final Place BRASILIA = new Place(3469058, "Brasilia", "BR", -15.78, -47.93, 2_200_000, "PPLC");

    /** A fake embedder that remembers the text it was given. */
    private final List<String> embedded = new ArrayList<>();
    private final ArticleProfiler profiler = new ArticleProfiler(TermReader.english(), text -> {
        embedded.add(text);
        return new float[] {text.length()};
    }, ClusterConfig.defaults(LinkModel.uninformed()));

    @Test
    void anEventWithoutAPlaceIsSetInTheFirstCityOfTheLeadAsAScene() {
        EventPlace place = profile(TEXT, -1).event().place();

        assertThat(place.stated()).isFalse();
        assertThat(place.geonameId()).isEqualTo(PORTO_ALEGRE.geonameId());
        assertThat(place.entity()).isEqualTo(101);
    }

    @Test
    void aPlaceTheTextGivesTheEventIsStated() {
        EventPlace place = profile(TEXT, 2).event().place();

        assertThat(place.stated()).isTrue();
        assertThat(place.geonameId()).isEqualTo(BRASILIA.geonameId());
    }

    @Test
    void aCityPastTheLeadIsNoScene() {
        String late = "x".repeat(ClusterConfig.defaults(LinkModel.uninformed()).leadChars()) + " " + TEXT;

        assertThat(profile(late, -1).event().place()).isNull();
    }

    @Test
    void titleAndLeadWordsAreHeadTermsBesideTheBodyWords() {
        Map<String, Integer> terms = profile(TEXT, -1).terms();

        assertThat(terms).containsKeys("^flood", "^thousand", "flood", "aid", "@101", "^@101");
        assertThat(terms).doesNotContainKey("^floods");
    }

    @Test
    void theTitleAndTheLeadAreEmbeddedTogether() {
        ArticleProfile profile = profile(TEXT, -1);

        assertThat(embedded).containsExactly("Floods\n" + TEXT);
        assertThat(profile.embedding()).containsExactly((float) embedded.get(0).length());
    }

    @Test
    void aWordPastTheLeadIsNoHeadTerm() {
        String late = TEXT + " " + "x".repeat(ClusterConfig.defaults(LinkModel.uninformed()).leadChars())
                + " Volunteers arrived.";

        assertThat(profile(late, -1).terms()).containsKey("volunteer").doesNotContainKey("^volunteer");
        assertThat(profile("x".repeat(400) + " " + TEXT, -1).terms()).containsKey("@101").doesNotContainKey("^@101");
    }

    private ArticleProfile profile(String text, int location) {
        int brazil = text.indexOf("Brazil");
        int porto = text.indexOf("Porto Alegre");
        int brasilia = text.indexOf("Brasilia");
        List<LocalEntity> entities = List.of(
                new LocalEntity("Brazil", EntityType.LOCATION, List.of(new Mention(new Span(brazil, brazil + 6), "Brazil")),
                        BRAZIL),
                new LocalEntity("Porto Alegre", EntityType.LOCATION,
                        List.of(new Mention(new Span(porto, porto + 12), "Porto Alegre")), PORTO_ALEGRE),
                new LocalEntity("Brasilia", EntityType.LOCATION,
                        List.of(new Mention(new Span(brasilia, brasilia + 8), "Brasilia")), BRASILIA));
        Event flood = new Event("disaster", null, EventSalience.MAIN, "Floods", new Span(0, 10), List.of(new Span(0, 10)),
                List.of(), location, new EventDate(null, Basis.NONE, 0));
        ArticleSource source = new ArticleSource("1.txt", "1.txt", SourceFormat.TEXT, "Floods", "", null, null,
                Basis.NONE, PublicationDate.none(), "en");
        StoredArticle stored = new StoredArticle(1, new AnalyzedArticle(source, "h1", ArticleStatus.OK, null, null, text,
                List.of(), entities, List.of(), 20, List.of(), List.of(), List.of(), List.of(flood)));
        Map<Integer, Long> ids = Map.of(0, 100L, 1, 101L, 2, 102L);
        return profiler.profile(stored, (EntityRef ref) -> ids.get(ref.index()));
    }
}
