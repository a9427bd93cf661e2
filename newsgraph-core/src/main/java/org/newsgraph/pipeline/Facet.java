package org.newsgraph.pipeline;

/**
 * What a stage can require of a document and provide to the stages after it. Building a
 * {@link Pipeline} checks that every requirement is provided by an earlier stage.
 */
public enum Facet {
    /** The article as read from its input (always present). */
    SOURCE,
    /** A plain-text body extracted from the source, line breaks kept, not yet normalised. */
    RAW_TEXT,
    /** The normalised text, line for line as the source gave it. */
    TEXT,
    /** The normalised text without boilerplate and repeated paragraphs: all offsets refer to it. */
    CLEAN_TEXT,
    /**
     * The wire dateline the clean text opens with, if any: the city the outlet filed from and the
     * date it prints, read once for the publication dater and the event stage.
     */
    DATELINE,
    /** The article's language (ISO 639-1), or null when it could not be told. */
    LANGUAGE,
    /**
     * The source's publication date, looked for in the text too when the source gave none: the
     * day the NLP stage anchors time expressions on.
     */
    PUBLICATION_DATE,
    SENTENCES,
    TOKENS,
    POS,
    LEMMAS,
    /** Named-entity tags on tokens and the name mentions they form. */
    NER,
    /**
     * The title annotated as a text of its own, as the text is (sentences, tokens, names; offsets
     * into the title): headlines name people their text may not ("Speech by President X").
     */
    HEADLINE,
    /** Time expressions with TimeML values, anchored on the publication date when known. */
    TIMEXES,
    /** Name mentions grouped into the entities of one article. */
    ENTITIES,
    /** Entities that name places are typed LOCATION and carry their gazetteer place. */
    PLACES,
    /**
     * Entities carry every way the article refers to them: role nouns ("the Secretary General"),
     * handles, acronyms and short names; people carry the roles the article gives them.
     */
    ALIASES,
    /**
     * Relative time expressions re-normalised against the publication day, their direction read
     * from tense ("addressed ... on Wednesday" looks back, "will meet on Thursday" ahead).
     */
    TIMEX_VALUES,
    /**
     * Direct quotes, embedded posts and reported speech, each with its speaker's entity when the
     * article names one.
     */
    QUOTES,
    /** Quantities the article states, with their unit, qualifier, claimant and subject. */
    CLAIMS,
    /**
     * The events the article tells (its main event first), typed, with participants, place, date
     * and the sentences that tell them.
     */
    EVENTS
}
