package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/** The event finder on articles built by hand (names and numbers invented), no annotator. */
class EventExtractorTest {

    private static final EventLexicon LEXICON = EventLexicon.english();
    private final EventExtractor extractor = new EventExtractor(LEXICON, EventConfig.defaults());

    @Test
    void findsAMeetingWithItsParticipantsPlaceAndDate() {
        Document doc = TestArticle.titled("Kowalska meets Nowak").place("Lisbon", "PT", false)
                .published("2024-03-05", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet with [Jan Nowak]:PERSON in [Lisbon]:LOCATION on {Monday=2024-03-04} .")
                .document();

        Event meeting = only(events(doc));

        assertThat(meeting.type()).isEqualTo("meeting");
        assertThat(meeting.cameo()).isEqualTo("04");
        assertThat(meeting.salience()).isEqualTo(EventSalience.MAIN);
        assertThat(names(doc, meeting.participants())).containsExactly("Anna Kowalska", "Jan Nowak");
        assertThat(doc.entities().get(meeting.location()).name()).isEqualTo("Lisbon");
        assertThat(meeting.date().value()).isEqualTo("2024-03-04");
        assertThat(meeting.date().basis()).isEqualTo(Basis.TEXT);
        assertThat(meeting.trigger().of(doc.text())).isEqualTo("met");
        assertThat(meeting.evidence()).containsExactly(doc.nlp().sentences().get(0).span());
        assertThat(meeting.title()).isEqualTo("Kowalska meets Nowak in Lisbon");
    }

    @Test
    void theLongestPhraseNamesTheEvent() {
        Document doc = TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON spoke/VBD/speak with [Jan Nowak]:PERSON by phone/NN .")
                .sentence("They/PRP called/VBD/call for calm/NN .")
                .document();

        List<Event> events = events(doc);

        assertThat(events).extracting(Event::type).containsExactly("call");
        assertThat(only(events).trigger().of(doc.text())).isEqualTo("spoke with");
    }

    @Test
    void aWordBetweenSpeakingAndWithStillMakesACall() {
        Document doc = TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON spoke/VBD/speak today/NN with/IN [Jan Nowak]:PERSON .")
                .document();

        Event call = only(events(doc));

        assertThat(call.type()).isEqualTo("call");
        assertThat(call.trigger().of(doc.text())).isEqualTo("spoke today with");
        assertThat(names(doc, call.participants())).containsExactly("Anna Kowalska", "Jan Nowak");
    }

    @Test
    void typesOfEveryKindOfNewsComeFromTheTaxonomy() {
        assertThat(mainType("A/DT strong/JJ earthquake/NN struck/VBD/strike [Chile]:LOCATION .")).isEqualTo("earthquake");
        assertThat(mainType("[Acme]:ORGANIZATION acquired/VBD/acquire [Widgets Inc]:ORGANIZATION .")).isEqualTo("acquisition");
        assertThat(mainType("[Jan Nowak]:PERSON checked/VBD/check himself/PRP into rehab/NN .")).isEqualTo("rehab");
        assertThat(mainType("The/DT club/NN fired/VBD/fire coach/NN [Jan Nowak]:PERSON .")).isEqualTo("dismissal");
        assertThat(mainType("A/DT gunman/NN opened/VBD/open fire/NN at/IN a/DT school/NN .")).isEqualTo("attack");
        assertThat(mainType("Police/NNS arrested/VBD/arrest [Jan Nowak]:PERSON .")).isEqualTo("arrest");
        assertThat(mainType("[Anna Kowalska]:PERSON had/VBD/have a/DT phone/NN conversation/NN with/IN [Jan Nowak]:PERSON ."))
                .isEqualTo("call");
        assertThat(LEXICON.type("earthquake").cameo()).isNull();
    }

    @Test
    void messagesOfCondolenceAndCongratulationAreEventsOfTheirOwnNotTheDisasterTheyMention() {
        Document condolences = TestArticle.titled("Condolences to President Jan Nowak")
                .sentence("[Anna Kowalska]:PERSON sent/VBD/send a/DT message/NN of/IN condolences/NNS/condolence to/IN "
                        + "President/NNP [Jan Nowak]:PERSON over/IN the/DT floods/NNS/flood ./.")
                .document();
        Event sent = main(events(condolences));
        assertThat(sent.type()).isEqualTo("condolence");
        assertThat(sent.title()).isEqualTo("Kowalska sends condolences to Nowak");
        assertThat(events(condolences)).extracting(Event::type).contains("flood");

        Event congratulated = main(events(TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON congratulated/VBD/congratulate [Jan Nowak]:PERSON on/IN his/PRP$ "
                        + "election/NN ./.")
                .document()));
        assertThat(congratulated.type()).isEqualTo("congratulation");
        assertThat(congratulated.title()).isEqualTo("Kowalska congratulates Nowak");
    }

    @Test
    void theHeadlinesPeopleTakePartInTheEventItTellsThoughItsSentenceNamesNoOne() {
        Document doc = TestArticle.titled("Talks with Prime Minister Jan Nowak").place("Lisbon", "PT", false)
                .sentence("Bilateral/JJ talks/NNS/talk took/VBD/take place/NN in/IN [Lisbon]:LOCATION ./.")
                .sentence("[Anna Kowalska]:PERSON and/CC Prime/NNP Minister/NNP [Jan Nowak]:PERSON discussed/VBD/discuss "
                        + "trade/NN ./.")
                .document();

        Event talks = main(events(doc));

        assertThat(talks.type()).isEqualTo("meeting");
        // the headline's Nowak, and Kowalska, who discussed trade with him in the lead
        assertThat(names(doc, talks.participants())).containsExactlyInAnyOrder("Jan Nowak", "Anna Kowalska");
        // a person the headline does not name stays out of an event of another type
        Document visit = TestArticle.titled("Visit to Lisbon").place("Lisbon", "PT", false)
                .sentence("[Anna Kowalska]:PERSON arrived/VBD/arrive in/IN [Lisbon]:LOCATION ./.")
                .sentence("She/PRP will/MD meet/VB [Jan Nowak]:PERSON ./.")
                .document();
        assertThat(names(visit, main(events(visit)).participants())).containsExactly("Anna Kowalska");
    }

    @Test
    void whoDiscussedSomethingWithAParticipantInTheLeadTookPartInTheConsultation() {
        Document call = TestArticle.titled("Phone call with Prime Minister Jan Nowak")
                .sentence("A/DT phone/NN call/NN took/VBD/take place/NN ./.")
                .sentence("[Anna Kowalska]:PERSON and/CC [Jan Nowak]:PERSON discussed/VBD/discuss trade/NN ./.")
                .document();
        assertThat(names(call, main(events(call)).participants())).containsExactlyInAnyOrder("Jan Nowak", "Anna Kowalska");
        // a topic sentence that names none of the consultation's people tells of another one
        Document other = TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON ./.")
                .sentence("[Piotr Zielinski]:PERSON and/CC [Maria Lopes]:PERSON discussed/VBD/discuss fisheries/NNS ./.")
                .document();
        assertThat(names(other, main(events(other)).participants())).containsExactlyInAnyOrder("Anna Kowalska", "Jan Nowak");
        // nor does a topic join an event that is no consultation
        Document arrest = TestArticle.untitled()
                .sentence("Police/NNS arrested/VBD/arrest [Jan Nowak]:PERSON ./.")
                .sentence("[Anna Kowalska]:PERSON and/CC [Jan Nowak]:PERSON discussed/VBD/discuss the/DT case/NN ./.")
                .document();
        assertThat(names(arrest, main(events(arrest)).participants())).containsExactly("Jan Nowak");
    }

    @Test
    void aHeadlinesSpeakerOrVenueIsNoParticipantOfTheEventItTells() {
        Document quoted = TestArticle.titled("Only talks can end the war - Jan Nowak").place("Lisbon", "PT", false)
                .sentence("Bilateral/JJ talks/NNS/talk took/VBD/take place/NN in/IN [Lisbon]:LOCATION ./.")
                .sentence("[Jan Nowak]:PERSON spoke/VBD/speak to/TO reporters/NNS ./.")
                .document();
        assertThat(main(events(quoted)).participants()).isEmpty();

        Document venue = TestArticle.titled("Speech by the President in the Acme Assembly")
                .sentence("Friends/NNS ,/, we/PRP gave/VBD/give a/DT speech/NN today/NN ./.")
                .sentence("The/DT [Acme Assembly]:ORGANIZATION listened/VBD/listen ./.")
                .document();
        assertThat(main(events(venue)).participants()).isEmpty();
    }

    @Test
    void whoTheHeadlineSaysActedAfterByTakesPartThoughTheTextNeverSaysSo() {
        Document speech = TestArticle.titled("Speech by President of Lumeria Anna Berg in the Acme Assembly")
                .sentence("Friends/NNS ,/, we/PRP gave/VBD/give a/DT speech/NN today/NN ./.")
                .sentence("The/DT [Acme Assembly]:ORGANIZATION thanked/VBD/thank [Anna Berg]:PERSON ./.")
                .document();
        Event main = main(events(speech));
        assertThat(main.type()).isEqualTo("speech");
        // Anna Berg spoke; the Assembly is where, named after "in", not after "by"
        assertThat(names(speech, main.participants())).containsExactly("Anna Berg");
        assertThat(main.title()).isEqualTo("Berg speaks");

        // who acted, as the title names them: the congratulator, not the one congratulated
        Document congratulations = TestArticle.titled("Easter congratulations by President Anna Berg")
                .sentence("Dear/JJ friends/NNS ,/, congratulations/NNS/congratulation on/IN Easter/NNP ./.")
                .sentence("[Anna Berg]:PERSON wishes/VBZ/wish you/PRP well/RB ./.")
                .document();
        Event wished = main(events(congratulations));
        assertThat(wished.type()).isEqualTo("congratulation");
        assertThat(wished.title()).isEqualTo("Berg sends congratulations");

        // a "by" that no name follows names no one
        for (String title : List.of("Speech by far the longest", "Speech by", "Speech by 2030", "Speech by, for and with Anna Berg")) {
            Document byNoOne = TestArticle.titled(title)
                    .sentence("Friends/NNS ,/, we/PRP gave/VBD/give a/DT speech/NN today/NN ./.")
                    .sentence("The/DT [Acme Assembly]:ORGANIZATION thanked/VBD/thank [Anna Berg]:PERSON ./.")
                    .document();
            assertThat(main(events(byNoOne)).participants()).as(title).isEmpty();
        }

        // a name after "by" that no trigger stands before says nothing of who acted
        Document other = TestArticle.titled("Friends gathered by Anna Berg's house for a speech")
                .sentence("Friends/NNS ,/, we/PRP gave/VBD/give a/DT speech/NN today/NN ./.")
                .sentence("The/DT [Acme Assembly]:ORGANIZATION thanked/VBD/thank [Anna Berg]:PERSON ./.")
                .document();
        assertThat(main(events(other)).participants()).isEmpty();
    }

    @Test
    void aHeadlineTellsTheMainEventWhenTheLeadTellsNone() {
        Document speech = TestArticle.titled("Speech by President of Lumeria Anna Berg in Lisbon")
                .published("2024-03-05", 1).place("Lisbon", "PT", false).headlinePerson("Anna Berg")
                .sentence("Dear/JJ friends/NNS ,/, we/PRP stand/VBP/stand together/RB ./.")
                .sentence("We/PRP thank/VBP/thank [Lisbon]:LOCATION ./.")
                .document();

        Event main = main(events(speech));

        assertThat(main.type()).isEqualTo("speech");
        assertThat(names(speech, main.participants())).containsExactly("Anna Berg");
        assertThat(speech.entities().get(main.location()).name()).isEqualTo("Lisbon");
        assertThat(main.title()).isEqualTo("Berg speaks in Lisbon");
        // the release's day, less trusted: a headline gives no date of its own
        assertThat(main.date().value()).isEqualTo("2024-03-05");
        assertThat(main.date().basis()).isEqualTo(Basis.PUBLISHED);
        assertThat(main.evidence()).isEmpty();

        Document ahead = TestArticle.titled("Anna Berg to meet Jan Nowak").published("2024-03-05", 1)
                .headlinePerson("Anna Berg").headlinePerson("Jan Nowak")
                .sentence("Dear/JJ friends/NNS ./.")
                .document();
        Event coming = main(events(ahead));
        assertThat(coming.type()).isEqualTo("meeting");
        assertThat(names(ahead, coming.participants())).containsExactlyInAnyOrder("Anna Berg", "Jan Nowak");
        assertThat(coming.date().isKnown()).isFalse();
        assertThat(coming.date().note()).contains("coming");

        // nor does a headline's word for an event the text would tell: a protest, an attack, a fire
        Document rally = TestArticle.titled("Markets rally as banks add cash").published("2024-03-05", 1)
                .sentence("Shares/NNS rose/VBD/rise on/IN Monday/NNP ./.")
                .document();
        assertThat(events(rally)).noneMatch(e -> e.salience() == EventSalience.MAIN);

        // a headline whose clause tells no event makes none
        Document none = TestArticle.titled("Our friends stand together").headlinePerson("Anna Berg")
                .sentence("Dear/JJ friends/NNS ./.")
                .document();
        assertThat(events(none)).noneMatch(e -> e.salience() == EventSalience.MAIN);
    }

    @Test
    void aQuoteHeadlineTellsAStatementByItsSpeakerWhateverTheQuoteTells() {
        for (String title : List.of("We will win the war - President Anna Berg", "Anna Berg: we will win the war")) {
            Document quoted = TestArticle.titled(title).published("2024-03-05", 1).headlinePerson("Anna Berg")
                    .sentence("Dear/JJ friends/NNS ./.")
                    .document();
            Event main = main(events(quoted));
            assertThat(main.type()).as(title).isEqualTo("speech");
            assertThat(names(quoted, main.participants())).as(title).containsExactly("Anna Berg");
            assertThat(main.title()).as(title).isEqualTo("Berg speaks");
        }
        // a part that says more than a name is no speaker's ("Anna Berg on the war: ...")
        Document about = TestArticle.titled("Anna Berg on the war: we will win").headlinePerson("Anna Berg")
                .sentence("Dear/JJ friends/NNS ./.")
                .document();
        assertThat(events(about)).noneMatch(e -> e.salience() == EventSalience.MAIN && e.type().equals("speech"));
    }

    @Test
    void anAddressBySomeoneIsASpeech() {
        Document address = TestArticle.titled("Address by President Anna Berg to the nation").published("2024-03-05", 1)
                .headlinePerson("Anna Berg")
                .sentence("Dear/JJ friends/NNS ./.")
                .document();
        Event main = main(events(address));
        assertThat(main.type()).isEqualTo("speech");
        assertThat(names(address, main.participants())).containsExactly("Anna Berg");
    }

    @Test
    void aNameInsideALongerNameOfTheHeadlineIsNotNamedByIt() {
        Document doc = TestArticle.titled("Talks with Acme Motors chief Jan Nowak").place("Lisbon", "PT", false)
                .sentence("Bilateral/JJ talks/NNS/talk took/VBD/take place/NN in/IN [Lisbon]:LOCATION ./.")
                .sentence("[Jan Nowak]:PERSON leads/VBZ/lead [Acme Motors]:ORGANIZATION ./.")
                .sentence("[Jan]:PERSON said/VBD/say [Acme]:ORGANIZATION will/MD grow/VB ./.")
                .document();

        assertThat(names(doc, main(events(doc)).participants())).containsExactlyInAnyOrder("Jan Nowak", "Acme Motors");
    }

    @Test
    void aWordTheHeadlineWritesInLowerCaseNamesNoOne() {
        Document doc = TestArticle.titled("The minister met the state council")
                .sentence("[Jan Nowak]:PERSON met/VBD/meet with/IN [Anna Kowalska]:PERSON ./.")
                .sentence("The/DT [State]:ORGANIZATION paid/VBD/pay ./.")
                .document();

        assertThat(names(doc, main(events(doc)).participants())).containsExactly("Jan Nowak", "Anna Kowalska");
    }

    @Test
    void aHeadlineThatOnlySetsTheSceneOfAnEventDoesNotLendItsNames() {
        Document doc = TestArticle.titled("Acme test flight delayed after crash")
                .sentence("A/DT plane/NN crashed/VBD/crash in/IN [Lisbon]:LOCATION ./.")
                .sentence("[Acme]:ORGANIZATION delayed/VBD/delay its/PRP$ flight/NN ./.")
                .document();

        assertThat(main(events(doc)).participants()).isEmpty();
    }

    @Test
    void aDisasterKillingHundredsIsOneEventNotAKillingOfItsOwn() {
        List<Event> events = events(TestArticle.untitled().place("Chile", "CL", true)
                .sentence("A/DT strong/JJ earthquake/NN struck/VBD/strike in/IN [Chile]:LOCATION ,/, killing/VBG/kill "
                        + "hundreds/NNS of/IN people/NNS ./.")
                .document());
        assertThat(events).extracting(Event::type).containsExactly("earthquake");
    }

    @Test
    void onlyABodyGoesBankruptInATitleThoughAPersonIsNamedFirst() {
        Event bankruptcy = main(events(TestArticle.untitled()
                .sentence("Chief/NNP executive/NN [Jan Nowak]:PERSON said/VBD/say [Acme Motors]:ORGANIZATION "
                        + "went/VBD/go bankrupt/JJ in/IN June/NNP ./.")
                .document()));
        assertThat(bankruptcy.type()).isEqualTo("bankruptcy");
        assertThat(bankruptcy.title()).isEqualTo("Acme Motors goes bankrupt");
    }

    @Test
    void aWireDatelineIsNeverThePlaceOfTheEvent() {
        Document datelined = TestArticle.untitled().place("Lisbon", "PT", false)
                .sentence("[LISBON]:LOCATION - [Anna Kowalska]:PERSON met/VBD/meet in/IN [Lisbon=LISBON]:LOCATION the/DT envoys/NNS .")
                .document();
        // the same city put there by the text counts; the dateline alone does not
        Document alone = TestArticle.untitled()
                .sentence("[LISBON]:LOCATION - [Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON on/IN {Monday=2024-03-04} .")
                .document();

        assertThat(only(events(alone)).hasLocation()).isFalse();
        Event placed = only(events(datelined));
        assertThat(placed.hasLocation()).isTrue();
    }

    @Test
    void theAgencyOfAWireDatelineIsNoParticipant() {
        Document doc = TestArticle.untitled().place("Lisbon", "PT", false)
                .sentence("[LISBON]:LOCATION (/-LRB- [IW]:ORGANIZATION )/-RRB- -/: [Anna Kowalska]:PERSON met/VBD/meet "
                        + "[Jan Nowak]:PERSON in/IN [Lisbon=LISBON]:LOCATION on/IN {Monday=2024-03-04} .")
                .document();

        Event met = only(events(doc));

        assertThat(met.participants()).extracting(p -> doc.entities().get(p).name())
                .containsExactlyInAnyOrder("Anna Kowalska", "Jan Nowak");
        assertThat(met.hasLocation()).as("the city the text names").isTrue();
    }

    @Test
    void aComingEventIsMentionedAndTheReportedOneIsMain() {
        Document doc = TestArticle.titled("Kowalska and Nowak meet").place("Lisbon", "PT", false).place("Porto", "PT", false)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON in [Lisbon]:LOCATION on {Monday=2024-03-04} .")
                .sentence("They will summit/NN in [Porto]:LOCATION .")
                .sentence("They will/MD meet/VB/meet again/RB in [Porto]:LOCATION .")
                .document();

        List<Event> events = events(doc);

        assertThat(events.get(0).salience()).isEqualTo(EventSalience.MAIN);
        assertThat(doc.entities().get(events.get(0).location()).name()).isEqualTo("Lisbon");
        assertThat(events.subList(1, events.size())).extracting(Event::salience).containsOnly(EventSalience.MENTIONED);
    }

    @Test
    void anEventDatedWellBeforeTheMainOneIsMentioned() {
        Document doc = TestArticle.titled("Kowalska visits Lisbon").place("Lisbon", "PT", false)
                .sentence("[Anna Kowalska]:PERSON visited/VBD/visit [Lisbon]:LOCATION on {Monday=2024-03-04} .")
                .sentence("An/DT earthquake/NN hit/VBD/hit the/DT region/NN in {2019=2019} .")
                .sentence("A/DT fire/NN broke/VBD/break out/RP on {Sunday=2024-03-03} .")
                .document();

        List<Event> events = events(doc);

        assertThat(events).extracting(Event::type).containsExactly("visit", "earthquake", "fire");
        assertThat(events).extracting(Event::salience)
                .containsExactly(EventSalience.MAIN, EventSalience.MENTIONED, EventSalience.REPORTED);
        assertThat(events.get(1).date().value()).isEqualTo("2019");
    }

    @Test
    void repeatedMentionsOfOneEventAreOneEventWithSeveralEvidenceSpans() {
        Document doc = TestArticle.untitled().place("Lisbon", "PT", false).place("Portugal", "PT", true)
                .sentence("The/DT summit/NN in [Portugal]:LOCATION opened/VBD/open .")
                .sentence("Leaders/NNS at/IN the/DT summit/NN in [Lisbon]:LOCATION agreed/VBD/agree nothing/NN .")
                .document();

        Event summit = events(doc).get(0);

        assertThat(summit.type()).isEqualTo("summit");
        assertThat(summit.evidence()).hasSize(2);
        assertThat(doc.entities().get(summit.location()).name()).as("the city over the country that holds it")
                .isEqualTo("Lisbon");
    }

    @Test
    void similarEventsInDifferentPlacesStayApart() {
        Document doc = TestArticle.untitled().place("Porto", "PT", false).place("Faro", "PT", false)
                .sentence("A/DT fire/NN destroyed/VBD/destroy a/DT market/NN in [Porto]:LOCATION .")
                .sentence("Another/DT fire/NN raged/VBD/rage in [Faro]:LOCATION .")
                .document();

        assertThat(events(doc)).extracting(Event::type).containsExactly("fire", "fire");
    }

    @Test
    void aPressConferenceOfAVisitIsPartOfTheVisit() {
        Document doc = TestArticle.titled("Kowalska visits Lisbon").place("Lisbon", "PT", false)
                .sentence("[Anna Kowalska]:PERSON arrived/VBD/arrive in [Lisbon]:LOCATION on {Monday=2024-03-04} .")
                .sentence("[Kowalska=Anna Kowalska]:PERSON held/VBD/hold a/DT press/NN conference/NN with [Jan Nowak]:PERSON in [Lisbon]:LOCATION .")
                .document();

        Event visit = only(events(doc));

        assertThat(visit.type()).isEqualTo("visit");
        assertThat(visit.evidence()).hasSize(2);
        assertThat(names(doc, visit.participants())).containsExactly("Anna Kowalska", "Jan Nowak");
        assertThat(visit.title()).isEqualTo("Kowalska visits Lisbon");
    }

    @Test
    void theHeadlineNamesTheMainEventWhenItHoldsAMentionOfTheHeadlinesType() {
        Document doc = TestArticle.titled("Kowalska met with Nowak in Lisbon").place("Lisbon", "PT", false)
                .sentence("[Anna Kowalska]:PERSON arrived/VBD/arrive in [Lisbon]:LOCATION on {Monday=2024-03-04} .")
                .sentence("[Kowalska=Anna Kowalska]:PERSON met/VBD/meet with [Jan Nowak]:PERSON in [Lisbon]:LOCATION .")
                .document();

        Event main = events(doc).get(0);

        assertThat(main.salience()).isEqualTo(EventSalience.MAIN);
        assertThat(main.type()).isEqualTo("meeting");
        assertThat(main.evidence()).hasSize(2);
        assertThat(main.title()).isEqualTo("Kowalska meets Nowak in Lisbon");
    }

    @Test
    void aPortfolioIsPartOfATitleNotAParticipant() {
        Document doc = TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet with the/DT Secretary/NNP of/IN [State]:ORGANIZATION "
                        + "and/CC the/DT Minister/NNP for/IN [Digital Affairs]:ORGANIZATION of/IN [Acme Union]:ORGANIZATION .")
                .sentence("The/DT Head/NNP of/IN [State]:ORGANIZATION met/VBD/meet her/PRP .")
                .document();

        Event meeting = only(events(doc));

        assertThat(names(doc, meeting.participants())).containsExactly("Anna Kowalska", "Acme Union");
    }

    @Test
    void anOrganisationInAnAppositionAfterAPersonIsTheirsNotAParticipant() {
        Event founder = only(events(TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON , founder/NN of/IN [Acme]:ORGANIZATION , resigned/VBD/resign .")
                .document()));
        Event former = only(events(TestArticle.untitled()
                .sentence("[Jan Nowak]:PERSON , formerly/RB an/DT [Acme]:ORGANIZATION executive/NN , resigned/VBD/resign .")
                .document()));
        Document listed = TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON , [Acme]:ORGANIZATION and/CC [Bolt]:ORGANIZATION met/VBD/meet .")
                .document();

        assertThat(founder.title()).isEqualTo("Kowalska resigns");
        assertThat(former.title()).isEqualTo("Nowak resigns");
        assertThat(names(listed, only(events(listed)).participants())).contains("Acme");
    }

    @Test
    void aPersonNamedByTheirRoleAloneTakesPart() {
        Document doc = TestArticle.untitled()
                .sentence("President/NNP of/IN [Lusitania]:LOCATION [Anna Kowalska]:PERSON met/VBD/meet "
                        + "Chancellor/NNP of/IN [Freedonia]:LOCATION [Jan Nowak]:PERSON .")
                .sentence("The/DT Head/NNP of/IN State/NNP visited/VBD/visit the/DT Chancellor/NNP of/IN [Freedonia]:LOCATION "
                        + "in/IN [Porto]:LOCATION .")
                .place("Porto", "PT", false)
                .document();

        List<Event> events = events(doc);

        Event visit = events.stream().filter(e -> e.type().equals("visit")).findFirst().orElseThrow();
        assertThat(names(doc, visit.participants())).containsExactlyInAnyOrder("Anna Kowalska", "Jan Nowak");
    }

    @Test
    void aRoleNamesTheOnePersonHoldingAnyOfTheOfficesItStandsFor() {
        Document doc = TestArticle.untitled()
                .sentence("Chancellor/NNP of/IN [Freedonia]:LOCATION [Jan Nowak]:PERSON met/VBD/meet [Anna Kowalska]:PERSON .")
                .sentence("The/DT Head/NNP of/IN Government/NNP resigned/VBD/resign .")
                .document();

        Event resignation = events(doc).stream().filter(e -> e.type().equals("resignation")).findFirst().orElseThrow();

        assertThat(names(doc, resignation.participants())).containsExactly("Jan Nowak");
    }

    @Test
    void aRoleQualifiedOtherwiseThanItsHoldersTitleNamesSomeoneElse() {
        Document doc = TestArticle.untitled()
                .sentence("President/NNP of/IN [Freedonia]:LOCATION [Jan Nowak]:PERSON met/VBD/meet [Anna Kowalska]:PERSON .")
                .sentence("The/DT President/NNP of/IN [Lusitania]:LOCATION resigned/VBD/resign .")
                .document();

        Event resignation = events(doc).stream().filter(e -> e.type().equals("resignation")).findFirst().orElseThrow();

        assertThat(resignation.participants()).isEmpty();
    }

    @Test
    void aConsultationWithSomeoneNamedOnlyAfterWithIsTitledWithThemNotByThem() {
        Document doc = TestArticle.untitled()
                .sentence("The/DT President/NNP held/VBD/hold a/DT meeting/NN with/IN Governor/NNP of/IN the/DT "
                        + "[Lusitania]:LOCATION Region/NNP [Jan Nowak]:PERSON ./.")
                .document();

        Event meeting = main(events(doc));

        assertThat(names(doc, meeting.participants())).containsExactly("Jan Nowak");
        assertThat(meeting.title()).isEqualTo("Meeting with Nowak");
    }

    @Test
    void aCapitalisedParticipleInATitleLeadsToTheNameAfterIt() {
        Document doc = TestArticle.untitled()
                .sentence("The/DT President/NNP held/VBD/hold a/DT meeting/NN with/IN Acting/VBG Governor/NNP of/IN the/DT "
                        + "[Lusitania]:LOCATION Region/NNP [Jan Nowak]:PERSON ./.")
                .document();

        Event meeting = main(events(doc));
        assertThat(names(doc, meeting.participants())).containsExactly("Jan Nowak");
        assertThat(meeting.title()).as("the one met, not the one meeting").isEqualTo("Meeting with Nowak");
    }

    @Test
    void theOneANounOrAPassiveIsByIsItsAgent() {
        Document speech = TestArticle.untitled()
                .sentence("A/DT speech/NN by/IN President/NNP [Jan Nowak]:PERSON opened/VBD/open the/DT session/NN ./.")
                .document();
        Document attack = TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON was/VBD/be attacked/VBN/attack by/IN [Piotr Wrona]:PERSON ./.")
                .document();

        Event byNowak = events(speech).stream().filter(e -> e.type().equals("speech")).findFirst().orElseThrow();
        assertThat(names(speech, byNowak.participants())).first().isEqualTo("Jan Nowak");
        Event byWrona = main(events(attack));
        assertThat(names(attack, byWrona.participants())).containsExactly("Piotr Wrona", "Anna Kowalska");
    }

    @Test
    void aNameWhoseFamilyNameComesFirstIsTitledAndFoundInTheHeadlineByIt() {
        Document doc = TestArticle.titled("Kowalska and Xi hold talks")
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Xi Jinping]:PERSON ./.")
                .document();
        Document western = TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Xi]:PERSON ./.")
                .document();

        assertThat(main(events(doc)).title()).isEqualTo("Kowalska meets Xi");
        assertThat(main(events(western)).title()).isEqualTo("Kowalska meets Xi");
        Titles titles = new Titles(LEXICON.naming().surnameParticles(), LEXICON.naming().familyFirst());
        assertThat(titles.surname("Xi Jinping")).isEqualTo("Xi");
        assertThat(titles.surname("Ursula von der Leyen")).isEqualTo("von der Leyen");
        assertThat(titles.surname("Benedict XVI")).isEqualTo("Benedict XVI");
        // four words and more are not a Chinese or Korean name written family name first
        assertThat(titles.surname("Li Anna Maria Kowalska")).isEqualTo("Kowalska");
        // a family name that is a given name in English too opens a name only when the rest reads as syllables
        assertThat(titles.surname("Kim Jong Un")).isEqualTo("Kim");
        assertThat(titles.surname("Lee Jae-myung")).isEqualTo("Lee");
        assertThat(titles.surname("Kim Kowalska")).isEqualTo("Kowalska");
        assertThat(titles.surname("Lee Anna Kowalska")).isEqualTo("Kowalska");
    }

    @Test
    void aRoleTwoPeopleHoldNamesNeither() {
        Document doc = TestArticle.untitled()
                .sentence("President/NNP of/IN [Lusitania]:LOCATION [Anna Kowalska]:PERSON met/VBD/meet "
                        + "President/NNP of/IN [Freedonia]:LOCATION [Jan Nowak]:PERSON .")
                .sentence("The/DT President/NNP resigned/VBD/resign .")
                .document();

        Event resignation = events(doc).stream().filter(e -> e.type().equals("resignation")).findFirst().orElseThrow();

        assertThat(resignation.participants()).isEmpty();
    }

    @Test
    void aNameInSomeoneElsesQuotationIsNoParticipantButTheSpeakerIs() {
        Document doc = TestArticle.untitled()
                .sentence("[Jan Nowak]:PERSON said/VBD/say : `` We/PRP met/VBD/meet [Piotr Lis]:PERSON yesterday/NN . ''")
                .quote("We met Piotr Lis yesterday .", "Jan Nowak")
                .document();

        Event meeting = only(events(doc));

        assertThat(names(doc, meeting.participants())).containsExactly("Jan Nowak");
    }

    @Test
    void theTitleDecidesTheMainEvent() {
        Document doc = TestArticle.titled("Minister resigns after floods")
                .sentence("Floods/NNS/flood hit/VBD/hit the/DT north/NN .")
                .sentence("[Jan Nowak]:PERSON resigned/VBD/resign as/IN minister/NN .")
                .document();

        assertThat(events(doc).get(0).type()).isEqualTo("resignation");
    }

    @Test
    void aRelativeDayResolvedAgainstAWeakPublicationDateIsLessTrustedThanAStatedOne() {
        Event stated = only(events(TestArticle.untitled().published("2024-03-05", 0.5)
                .sentence("[Anna Kowalska]:PERSON resigned/VBD/resign on {March 4 , 2024=2024-03-04} .").document()));
        Event relative = only(events(TestArticle.untitled().published("2024-03-05", 0.5)
                .sentence("[Anna Kowalska]:PERSON resigned/VBD/resign on {Monday=2024-03-04} .").document()));

        assertThat(stated.date().value()).isEqualTo(relative.date().value()).isEqualTo("2024-03-04");
        assertThat(relative.date().confidence()).isLessThan(stated.date().confidence());
    }

    @Test
    void aDateIsKeptAtThePrecisionItsValueHas() {
        assertThat(mainDate("[Anna Kowalska]:PERSON resigned/VBD/resign in {July=2024-07} .")).isEqualTo("2024-07");
        assertThat(mainDate("[Anna Kowalska]:PERSON resigned/VBD/resign on {April 20=XXXX-04-20} .")).isEqualTo("XXXX-04-20");
        assertThat(mainDate("[Anna Kowalska]:PERSON resigned/VBD/resign in {July=XXXX-07} .")).isNull();
        assertThat(mainDate("[Anna Kowalska]:PERSON resigned/VBD/resign on {Monday=XXXX-WXX-1} .")).isNull();
        assertThat(mainDate("[Anna Kowalska]:PERSON resigned/VBD/resign {this week=2024-W10} .")).isNull();
    }

    @Test
    void noDayIsMadeUpWhenNothingGovernsTheTrigger() {
        assertThat(mainDate("[Anna Kowalska]:PERSON made/VBD/make her/PRP$ first/JJ visit/NN to/IN the/DT city/NN since/IN the/DT war/NN in {2022=2022} ."))
                .isNull();
        Document doc = TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON resigned/VBD/resign .")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on {Tuesday=2024-03-05} .")
                .document();
        assertThat(only(events(doc)).date().isKnown()).isFalse();
    }

    @Test
    void aDayThatOpensTheTextDatesAMainEventToldInTheLeadLessSurely() {
        Document doc = TestArticle.untitled()
                .sentence("{29 Apr , 2024=2024-04-29}")
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .")
                .document();

        Event meeting = only(events(doc));

        assertThat(meeting.date().value()).isEqualTo("2024-04-29");
        assertThat(meeting.date().confidence()).isLessThan(Dates.STATED);
    }

    @Test
    void aMainEventToldAsNewsWithoutADateOfItsOwnHappenedOnThePublicationDayLessSurely() {
        Event meeting = only(events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .").document()));
        Event dated = only(events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("{29 Apr , 2024=2024-04-29}")
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .").document()));

        assertThat(meeting.date().value()).isEqualTo("2024-03-05");
        assertThat(meeting.date().basis()).isEqualTo(Basis.PUBLISHED);
        assertThat(meeting.date().confidence()).isPositive().isLessThan(dated.date().confidence());
        assertThat(dated.date().basis()).isEqualTo(Basis.TEXT);
    }

    @Test
    void aTimeWithoutADayAfterTheLeadDoesNotUndateTheMainEventTheLeadTellsAsNews() {
        Event meeting = events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .")
                .sentence("The/DT sky/NN was/VBD/be blue/JJ .")
                .sentence("The/DT sea/NN was/VBD/be calm/JJ .")
                .sentence("The/DT sun/NN was/VBD/be out/RB .")
                .sentence("The/DT meeting/NN ran/VBD/run late/RB {this week=2024-W10} .").document()).get(0);

        assertThat(meeting.date().value()).isEqualTo("2024-03-05");
        assertThat(meeting.date().basis()).isEqualTo(Basis.PUBLISHED);
    }

    @Test
    void aLaterMentionDatesTheMainEventTheLeadTellsOnlyNearThePublicationDay() {
        Event sued = events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("[Acme]:ORGANIZATION sued/VBD/sue [Bolt]:ORGANIZATION .")
                .sentence("The/DT sky/NN was/VBD/be blue/JJ .")
                .sentence("The/DT sea/NN was/VBD/be calm/JJ .")
                .sentence("[Acme]:ORGANIZATION sued/VBD/sue [Bolt]:ORGANIZATION in {1981=1981} .").document()).get(0);
        Event near = events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("[Acme]:ORGANIZATION sued/VBD/sue [Bolt]:ORGANIZATION .")
                .sentence("The/DT sky/NN was/VBD/be blue/JJ .")
                .sentence("The/DT sea/NN was/VBD/be calm/JJ .")
                .sentence("[Acme]:ORGANIZATION sued/VBD/sue on {Monday=2024-03-04} .").document()).get(0);

        assertThat(sued.date().value()).isEqualTo("2024-03-05");
        assertThat(sued.date().basis()).isEqualTo(Basis.PUBLISHED);
        assertThat(near.date().value()).isEqualTo("2024-03-04");
        assertThat(near.date().basis()).isEqualTo(Basis.TEXT);
    }

    @Test
    void theMainEventTheHeadlineNamesIsTheDaysNewsThoughOnlyALaterSentenceTellsIt() {
        Event appointed = events(TestArticle.titled("Kowalska appointed").published("2024-03-05", 1.0)
                .sentence("The/DT sky/NN was/VBD/be blue/JJ .")
                .sentence("The/DT sea/NN was/VBD/be calm/JJ .")
                .sentence("The/DT sun/NN was/VBD/be out/RB .")
                .sentence("[Nowak]:PERSON was/VBD/be appointed/VBN/appoint in {2009=2009} .").document()).get(0);

        assertThat(appointed.type()).isEqualTo("appointment");
        assertThat(appointed.date().value()).isEqualTo("2024-03-05");
    }

    @Test
    void aLaterMentionDatedLongBeforeThePublicationDayIsNotTheLeadsUndatedNews() {
        Document doc = TestArticle.titled("Kowalska met with Nowak").published("2024-03-05", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet with [Jan Nowak]:PERSON .")
                .sentence("It/PRP recalled/VBD/recall the/DT visit/NN of/IN [Anna Kowalska]:PERSON to/TO [Jan Nowak]:PERSON in {2021=2021} .")
                .document();

        List<Event> events = events(doc);

        assertThat(events.get(0).type()).isEqualTo("meeting");
        assertThat(events.get(0).salience()).isEqualTo(EventSalience.MAIN);
        assertThat(events.get(0).date().value()).isEqualTo("2024-03-05");
        assertThat(events).filteredOn(e -> e.type().equals("visit")).extracting(e -> e.date().value(), Event::salience)
                .containsExactly(tuple("2021", EventSalience.MENTIONED));
    }

    @Test
    void theMainEventWithoutAPlaceOfItsOwnTakesThePlaceTheHeadlineSetsItIn() {
        Document doc = TestArticle.titled("Kowalska met with Nowak in Lisbon").place("Lisbon", "PT", false)
                .published("2024-03-05", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet with [Jan Nowak]:PERSON , who/WP came/VBD/come to/TO [Lisbon]:LOCATION by/IN train/NN .")
                .document();
        Document elsewhere = TestArticle.titled("Kowalska met with Nowak").place("Lisbon", "PT", false)
                .published("2024-03-05", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet with [Jan Nowak]:PERSON , who/WP came/VBD/come to/TO [Lisbon]:LOCATION by/IN train/NN .")
                .document();

        Event meeting = events(doc).get(0);

        assertThat(meeting.type()).isEqualTo("meeting");
        assertThat(doc.entities().get(meeting.location()).name()).isEqualTo("Lisbon");
        assertThat(events(elsewhere).get(0).hasLocation()).as("a place only a relative clause names").isFalse();
    }

    @Test
    void aHeadlinesEventInAPhraseThatSetsTheSceneIsNotItsNews() {
        Titles titles = new Titles(LEXICON.naming().surnameParticles(), LEXICON.naming().familyFirst());
        HeadlineReading headline = HeadlineReading.read("During a working visit to Lisbon, Kowalska met with Nowak",
                List.of(), LEXICON, titles);
        HeadlineReading after = HeadlineReading.read("Kowalska after the meeting with Nowak: a deal was agreed", List.of(),
                LEXICON, titles);

        assertThat(headline.types()).containsExactly("meeting", "visit");
        assertThat(after.types()).containsExactly("agreement", "meeting");
    }

    @Test
    void anEventDatedOnlyYearsBeforeThePublicationDayIsBackgroundNotTheMainEvent() {
        List<Event> events = events(TestArticle.untitled().published("2006-03-28", 1.0)
                .sentence("[Acme]:ORGANIZATION signed/VBD/sign an/DT agreement/NN with/IN [Bolt]:ORGANIZATION in {1991=1991} .")
                .sentence("[Acme]:ORGANIZATION sued/VBD/sue [Bolt]:ORGANIZATION .").document());

        assertThat(events.get(0).type()).isEqualTo("lawsuit");
        assertThat(events.get(0).salience()).isEqualTo(EventSalience.MAIN);
        assertThat(events).filteredOn(e -> e.type().equals("agreement")).extracting(Event::salience)
                .containsExactly(EventSalience.MENTIONED);
    }

    @Test
    void anArticleWhoseHeadlineAndLeadTellNoEventHasNoMainEventButKeepsItsOthers() {
        List<Event> events = events(TestArticle.titled("Markets slide").published("2024-03-05", 1.0)
                .sentence("Shares/NNS fell/VBD/fall sharply/RB .")
                .sentence("The/DT sky/NN was/VBD/be blue/JJ .")
                .sentence("The/DT sea/NN was/VBD/be calm/JJ .")
                .sentence("[Acme]:ORGANIZATION sued/VBD/sue [Bolt]:ORGANIZATION .").document());

        assertThat(events).extracting(Event::type).containsExactly("lawsuit");
        assertThat(events.get(0).salience()).isEqualTo(EventSalience.REPORTED);
    }

    @Test
    void winningAContractOrBeatingExpectationsIsNoMatch() {
        assertThat(events(TestArticle.untitled()
                .sentence("[Acme]:ORGANIZATION won/VBD/win a/DT big/JJ contract/NN .").document())).isEmpty();
        assertThat(events(TestArticle.untitled()
                .sentence("[Acme]:ORGANIZATION beat/VBD/beat analysts/NNS expectations/NNS/expectation .").document()))
                .isEmpty();
        assertThat(events(TestArticle.untitled()
                .sentence("[Acme]:ORGANIZATION won/VBD/win the/DT final/NN .").document()))
                .extracting(Event::type).containsExactly("match");
    }

    @Test
    void whoGivesAnAwardHonoursWhoReceivesIt() {
        Document given = TestArticle.untitled()
                .sentence("[Anna Berg]:PERSON awarded/VBD/award [Jan Holm]:PERSON the/DT title/NN of/IN hero/NN .")
                .document();
        Document presented = TestArticle.untitled()
                .sentence("[Anna Berg]:PERSON presented/VBD/present state/NN awards/NNS/award to/TO medics/NNS/medic .")
                .document();
        Document won = TestArticle.untitled()
                .sentence("[Jan Holm]:PERSON won/VBD/win the/DT award/NN .").document();
        Document contract = TestArticle.untitled()
                .sentence("[Acme]:ORGANIZATION awarded/VBD/award a/DT contract/NN to/TO [Bolt]:ORGANIZATION .").document();

        assertThat(events(given)).extracting(Event::type, Event::title).containsExactly(tuple("honour", "Berg honours Holm"));
        assertThat(events(presented)).extracting(Event::type, Event::title).containsExactly(tuple("honour", "Berg presents awards"));
        assertThat(events(won)).extracting(Event::type, Event::title).containsExactly(tuple("award", "Holm wins an award"));
        assertThat(events(contract)).isEmpty();
        assertThat(events(TestArticle.untitled()
                .sentence("The/DT contract/NN had/VBD/have been/VBN/be awarded/VBN/award to/TO [Bolt]:ORGANIZATION .")
                .document())).as("a contract awarded is an agreement, not an honour").extracting(Event::type)
                .containsExactly("agreement");
        assertThat(events(TestArticle.untitled()
                .sentence("[Acme]:ORGANIZATION nearly/RB broke/VBD/break that/DT record/NN ./.").document()))
                .as("a record broken outside sport is no match").isEmpty();
        assertThat(events(TestArticle.untitled()
                .sentence("A/DT decree/NN on/IN awarding/VBG/award the/DT title/NN to/TO [Jan Holm]:PERSON .").document()))
                .as("who receives it is not who gives it").extracting(Event::title).containsExactly("Awards presented");
        assertThat(events(TestArticle.untitled()
                .sentence("[Benedict XVI]:PERSON awarded/VBD/award [Anna Berg]:PERSON a/DT medal/NN .").document()))
                .as("a regnal name has no surname").extracting(Event::title).containsExactly("Benedict XVI honours Berg");
    }

    @Test
    void winningOrBeatingIsAMatchOnlyWhereTheSentenceIsAboutSport() {
        assertThat(events(TestArticle.untitled()
                .sentence("[Ukraine]:LOCATION will/MD/will win/VB/win this/DT war/NN .").document())).isEmpty();
        assertThat(events(TestArticle.untitled()
                .sentence("Our/PRP$/we victory/NN/victory is/VBZ/be near/JJ .").document())).isEmpty();
        assertThat(events(TestArticle.untitled()
                .sentence("[Colts]:ORGANIZATION beat/VBD/beat [Jaguars]:ORGANIZATION 31-24/CD .").document()))
                .as("a score").extracting(Event::type).containsExactly("match");
        assertThat(events(TestArticle.untitled()
                .sentence("[Drake]:ORGANIZATION lost/VBD/lose ,/, 65/CD -/: 53/CD ,/, a/DT victory/NN for/IN "
                        + "[Creighton]:ORGANIZATION .").document()))
                .as("a score in three words").extracting(Event::type).containsExactly("match");
        assertThat(events(TestArticle.untitled()
                .sentence("[Klitschko]:PERSON won/VBD/win his/PRP$/he tenth/JJ bout/NN/bout .").document()))
                .as("a word of sport").extracting(Event::type).containsExactly("match");
    }

    @Test
    void participantsAsProminentAsEachOtherComeInTheArticlesOrder() {
        Document doc = TestArticle.untitled()
                .sentence("Talks/NNS/talk with/IN [Anna Kowalska]:PERSON , [Jan Nowak]:PERSON , [Ola Berg]:PERSON , "
                        + "[Eva Lind]:PERSON , [Tom Holm]:PERSON and/CC [Ida Falk]:PERSON ended/VBD/end .")
                .document();

        Event talks = only(events(doc));

        assertThat(names(doc, talks.participants()))
                .containsExactly("Anna Kowalska", "Jan Nowak", "Ola Berg", "Eva Lind", "Tom Holm", "Ida Falk");
    }

    @Test
    void aLengthAFrequencyOrAnAdjectiveOfTimeDoesNotSayWhenTheNewsHappened() {
        assertThat(publishedMainDate("[Anna Kowalska]:PERSON began/VBD/begin a/DT {two-day=DURATION:P2D} visit/NN "
                + "to/IN [Porto]:LOCATION .")).isEqualTo("2024-03-05");
        assertThat(publishedMainDate("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON on/IN the/DT "
                + "{current/JJ=PRESENT_REF} situation/NN .")).isEqualTo("2024-03-05");
        assertThat(publishedMainDate("[Anna Kowalska]:PERSON resigned/VBD/resign {this week=2024-W10} .")).isNull();
    }

    @Test
    void aTitleKeepsEveryParticleOfASurname() {
        assertThat(only(events(TestArticle.untitled()
                .sentence("[Ursula von der Leyen]:PERSON resigned/VBD/resign .").document())).title())
                .isEqualTo("Von der Leyen resigns");
        assertThat(only(events(TestArticle.untitled()
                .sentence("[Anna de Souza]:PERSON resigned/VBD/resign .").document())).title())
                .isEqualTo("De Souza resigns");
    }

    @Test
    void aPossessiveTimeBelongsToTheNounItOwnsNotToTheVerb() {
        Event unveiled = events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("{Yesterday=2024-03-04} , at {this year=2024} 's fair/NN , [Acme]:ORGANIZATION "
                        + "sued/VBD/sue [Bolt]:ORGANIZATION .").document()).get(0);
        Event summit = events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("{Last year=2023} 's summit/NN was/VBD/be in [Porto]:LOCATION .").document()).get(0);

        assertThat(unveiled.date().value()).isEqualTo("2024-03-04");
        assertThat(summit.date().value()).isEqualTo("2023");
    }

    @Test
    void thePublicationDayDatesNoComingEventNoEventTheTextTimesAndNothingWithoutAKnownDay() {
        assertThat(publishedMainDate("[Anna Kowalska]:PERSON will/MD meet/VB/meet [Jan Nowak]:PERSON .")).isNull();
        assertThat(publishedMainDate("[Anna Kowalska]:PERSON had/VBD/have met/VBN/meet [Jan Nowak]:PERSON .")).isNull();
        assertThat(publishedMainDate("[Anna Kowalska]:PERSON resigned/VBD/resign in {July=XXXX-07} .")).isNull();
        assertThat(publishedMainDate("[Anna Kowalska]:PERSON resigned/VBD/resign {this week=2024-W10} .")).isNull();
        assertThat(mainDate("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .")).isNull();
    }

    @Test
    void anArticleWithoutEventWordsHasNoEvents() {
        Document doc = TestArticle.untitled().sentence("The/DT sky/NN is/VBZ/be blue/JJ .").document();

        Document out = extractor.apply(doc);

        assertThat(out.events()).isEmpty();
        assertThat(out.has(Facet.EVENTS)).isTrue();
        assertThat(extractor.provides()).containsExactly(Facet.EVENTS);
    }

    @Test
    void exactlyOneEventIsMainAndItComesFirst() {
        Document doc = TestArticle.untitled().place("Porto", "PT", false)
                .sentence("[Anna Kowalska]:PERSON resigned/VBD/resign .")
                .sentence("A/DT fire/NN destroyed/VBD/destroy a/DT market/NN in [Porto]:LOCATION .")
                .sentence("Police/NNS arrested/VBD/arrest [Jan Nowak]:PERSON .")
                .document();

        List<Event> events = events(doc);

        assertThat(events).filteredOn(e -> e.salience() == EventSalience.MAIN).hasSize(1);
        assertThat(events.get(0).salience()).isEqualTo(EventSalience.MAIN);
    }

    @Test
    void hostileInputNeverThrows() {
        Random random = new Random(7);
        String[] words = {"met/VBD/meet", "visit/NN", "summit/NN", "in", "to", "since", "will", ",", ".", "``", "''",
                "[Anna Kowalska]:PERSON", "[Lisbon]:LOCATION", "[Acme]:ORGANIZATION", "{Monday=2024-03-04}", "{July=}",
                "{x=PAST_REF}", "killed/VBN/kill", "fire/NN", "fire/VB/fire", "'s", "the", "check/VB/check", "into"};
        for (int round = 0; round < 300; round++) {
            TestArticle article = random.nextBoolean() ? TestArticle.untitled() : TestArticle.titled("Fire kills " + round);
            for (int s = random.nextInt(4); s >= 0; s--) {
                StringBuilder spec = new StringBuilder();
                for (int i = random.nextInt(12); i >= 0; i--) {
                    spec.append(words[random.nextInt(words.length)]).append(' ');
                }
                article.sentence(spec.toString());
            }
            Document doc = article.document();
            List<Event> events = extractor.apply(doc).events();
            for (Event e : events) {
                // a main event only the headline tells has no sentence in the text, and an empty trigger
                assertThat(e.evidence().isEmpty() ? e.salience() == EventSalience.MAIN && e.trigger().length() == 0
                        : e.evidence().get(0).contains(e.trigger())).isTrue();
                assertThat(e.participants()).allMatch(p -> p >= 0 && p < doc.entities().size());
            }
            assertThat(events.stream().filter(e -> e.salience() == EventSalience.MAIN).count()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aVeryLongArticleOfEventsStaysFast() {
        TestArticle article = TestArticle.titled("Summit").place("Lisbon", "PT", false).place("Porto", "PT", false);
        for (int i = 0; i < 1500; i++) {
            article.sentence(i % 2 == 0
                    ? "[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON in [Lisbon]:LOCATION on {Monday=2024-03-0" + (1 + i % 9) + "} ."
                    : "A/DT fire/NN and/CC a/DT summit/NN in [Porto]:LOCATION followed/VBD/follow the/DT attack/NN .");
        }
        Document doc = article.document();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThat(events(doc)).isNotEmpty());
    }

    @Test
    void tenThousandTriggersInOneSentenceGiveEventsInBoundedTime() {
        // a guard against work that grows with the square of the sentence: about a second on a
        // quiet machine since drafts keep their participants and names find their tokens by
        // binary search (it took 10 s before, 30 on a loaded machine), so the limit is generous
        StringBuilder sentence = new StringBuilder("[Anna Kowalska]:PERSON ");
        for (int i = 0; i < 10_000; i++) {
            sentence.append(i % 3 == 0 ? "met/VBD/meet the/DT President/NNP President/NNP [Jan Nowak]:PERSON "
                    : i % 3 == 1 ? "visit/NN " : "summit/NN ");
        }
        Document doc = TestArticle.untitled().published("2024-03-05", 1.0).sentence(sentence + ".").document();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(events(doc)).isNotEmpty());
    }

    @Test
    void aSentenceOfFiveMegabytesGivesEventsInBoundedTime() {
        StringBuilder sentence = new StringBuilder("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON ");
        while (sentence.length() < 5_000_000) {
            sentence.append("and/CC the/DT talks/NNS went/VBD/go on/RP , ");
        }
        Document doc = TestArticle.untitled().sentence(sentence + ".").document();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(events(doc)).isNotEmpty());
    }

    @Test
    void aHeadlineOfTwoThousandWordsGivesEventsInBoundedTime() {
        String headline = String.join(" ", java.util.Collections.nCopies(1_000, "Kowalska meets"));
        Document doc = TestArticle.titled(headline)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .").document();

        List<Event> events = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> events(doc));

        assertThat(events.get(0).type()).isEqualTo("meeting");
        assertThat(events.get(0).title().length()).isLessThan(200);
    }

    @Test
    void entitiesWithMentionsOutsideTheTokensAreIgnored() {
        Document doc = TestArticle.untitled().sentence("[Anna Kowalska]:PERSON resigned/VBD/resign .").document();
        List<LocalEntity> entities = new ArrayList<>(doc.entities());
        entities.add(new LocalEntity("Ghost", EntityType.PERSON, List.of(new Mention(new Span(500, 505), "Ghost"))));

        assertThat(events(doc.withEntities(entities))).hasSize(1);
    }

    private List<Event> events(Document doc) {
        return extractor.apply(doc).events();
    }

    private String mainType(String sentence) {
        return events(TestArticle.untitled().place("Chile", "CL", true).sentence(sentence).document()).get(0).type();
    }

    /** The main event's date in an article published on 2024-03-05, or null. */
    private String publishedMainDate(String sentence) {
        List<Event> events = events(TestArticle.untitled().published("2024-03-05", 1.0).sentence(sentence).document());
        return events.isEmpty() ? null : events.get(0).date().value();
    }

    private String mainDate(String sentence) {
        return events(TestArticle.untitled().sentence(sentence).document()).get(0).date().value();
    }

    private static Event main(List<Event> events) {
        return events.stream().filter(e -> e.salience() == EventSalience.MAIN).findFirst().orElseThrow();
    }

    private static Event only(List<Event> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static List<String> names(Document doc, List<Integer> indices) {
        return indices.stream().map(i -> doc.entities().get(i).name()).toList();
    }
}
