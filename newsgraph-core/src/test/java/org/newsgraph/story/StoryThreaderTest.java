package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Story;

class StoryThreaderTest {

    private static final long BERG = 1;
    private static final long MARSMAN = 2;
    private static final long ALLIANCE = 3;
    private static final long TALLINN = 4;
    private static final long RIGA = 5;
    private static final long ESTONIA = 6;
    private static final List<CorpusEntity> ENTITIES = List.of(
            entity(BERG, "Anna Berg", EntityType.PERSON), entity(MARSMAN, "Piet Marsman", EntityType.PERSON),
            entity(ALLIANCE, "The Alliance", EntityType.ORGANIZATION), entity(TALLINN, "Tallinn", EntityType.LOCATION),
            entity(RIGA, "Riga", EntityType.LOCATION), entity(ESTONIA, "Estonia", EntityType.LOCATION));

    @Test
    void eventsSharingTwoPeopleFormAStoryInDateOrderTitledByThem() {
        List<CorpusEvent> events = List.of(
                main(4, "2024-04-29", TALLINN, BERG, MARSMAN),
                main(2, "2023-04-20", RIGA, MARSMAN, BERG),
                main(3, "2023-06-01", RIGA, ALLIANCE));

        List<Story> stories = new StoryThreader().thread(events, ENTITIES);

        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).exportId()).isEqualTo("s2");
        assertThat(stories.get(0).events()).containsExactly("v2", "v4");
        assertThat(stories.get(0).title()).isEqualTo("Piet Marsman and Anna Berg: 2 events, 2023-04-20 to 2024-04-29");
    }

    @Test
    void anArticlesOwnMainEventKeptApartInAClusterIsNotThreadedSoNoTwoStoriesShareAnId() {
        CorpusEvent own = new CorpusEvent(2, 1, "meeting", null, EventSalience.MAIN, "Own", new EventDate("2023-05-01",
                Basis.TEXT, 0.9), RIGA, List.of(BERG, ALLIANCE), List.of(7L), List.of());
        List<CorpusEvent> events = List.of(main(2, "2023-04-20", TALLINN, MARSMAN, BERG), own,
                main(4, "2024-04-29", TALLINN, BERG, MARSMAN), main(5, "2023-06-01", RIGA, BERG, ALLIANCE));

        List<Story> stories = new StoryThreader().thread(events, ENTITIES);

        assertThat(stories).extracting(Story::exportId).doesNotHaveDuplicates().containsExactly("s2");
        assertThat(stories.get(0).events()).containsExactly("v2", "v4");
    }

    @Test
    void oneSharedParticipantLinksEventsOnlyInOnePlace() {
        List<CorpusEvent> samePlace = List.of(main(1, "2023-04-20", TALLINN, BERG), main(2, "2023-05-20", TALLINN, BERG, ALLIANCE));
        List<CorpusEvent> otherPlace = List.of(main(1, "2023-04-20", TALLINN, BERG), main(2, "2023-05-20", RIGA, BERG));

        assertThat(new StoryThreader().thread(samePlace, ENTITIES)).extracting(Story::title)
                .containsExactly("Anna Berg in Tallinn: 2 events, 2023-04-20 to 2023-05-20");
        assertThat(new StoryThreader().thread(otherPlace, ENTITIES)).isEmpty();
    }

    @Test
    void placesAmongTheParticipantsDoNotTieEvents() {
        List<CorpusEvent> events = List.of(main(1, "2023-04-20", null, ESTONIA, TALLINN, BERG),
                main(2, "2023-05-20", null, ESTONIA, TALLINN, MARSMAN));

        assertThat(new StoryThreader().thread(events, ENTITIES)).isEmpty();
    }

    @Test
    void aChainOfLinksIsOneStoryWithItsUndatedEventsLast() {
        List<CorpusEvent> events = List.of(
                main(9, null, null, BERG, MARSMAN),
                main(5, "2023-05", null, MARSMAN, ALLIANCE),
                main(7, "2023-04-20", null, BERG, MARSMAN, ALLIANCE),
                main(8, null, null, ALLIANCE, MARSMAN));

        Story story = new StoryThreader().thread(events, ENTITIES).get(0);

        assertThat(story.exportId()).isEqualTo("s5");
        assertThat(story.events()).containsExactly("v7", "v5", "v8", "v9");
        assertThat(story.title()).isEqualTo("Piet Marsman and The Alliance: 4 events, 2023-04-20 to 2023-05");
    }

    @Test
    void onlyTheMainEventsOfClustersAreThreaded() {
        CorpusEvent mentioned = new CorpusEvent(2, 1, "summit", null, EventSalience.MENTIONED, "Summit",
                EventDate.none(), null, List.of(BERG, MARSMAN), List.of(2L), List.of());

        assertThat(new StoryThreader().thread(List.of(main(1, null, null, BERG, MARSMAN), mentioned), ENTITIES)).isEmpty();
    }

    static CorpusEvent main(long cluster, String date, Long place, Long... participants) {
        EventDate when = date == null ? EventDate.none() : new EventDate(date, Basis.TEXT, 0.9);
        return new CorpusEvent(cluster, 0, "meeting", null, EventSalience.MAIN, "Event " + cluster, when, place,
                List.of(participants), List.of(cluster), List.of());
    }

    private static CorpusEntity entity(long id, String name, EntityType type) {
        return new CorpusEntity(id, new EntityCluster(name, type, null, List.of(), List.of(), List.of()));
    }
}
