package org.newsgraph.resolve;

import java.util.List;
import java.util.Set;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Joins to the entities of an article the other ways it refers to them. In order: an
 * organisation's acronym defined in brackets and its shorter names ({@link OrganisationMerger});
 * a person's surname in another transliteration ({@link SurnameSpellings}); the roles the article
 * ties to its people ({@link RoleReader}) and the later descriptions that use them ("the Secretary
 * General", "the French leader": {@link RoleNounFinder}); an organisation's generic head noun
 * ("the alliance": {@link OrganisationNounFinder}); and social-media handles ({@link HandleFinder}).
 * Every rule joins only where exactly one entity fits; added mentions keep their text as written.
 * Runs after places are typed, so that a place is never given a role.
 */
public final class AliasFinder implements Stage {

    private final AliasLexicon lexicon = AliasLexicon.english();

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.ENTITIES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.ALIASES);
    }

    @Override
    public Document apply(Document document) {
        ArticleWords words = ArticleWords.of(document.text(), document.nlp().sentences());
        ArticleEntities entities = new ArticleEntities(document.entities());
        new OrganisationMerger(lexicon).merge(entities, words);
        new SurnameSpellings().join(entities);
        RolePhrases phrases = new RolePhrases(words, lexicon, entities);
        List<RoleTie> ties = new RoleReader(words, entities, phrases).read();
        new RoleNounFinder(words, lexicon, entities, phrases).find(ties);
        new OrganisationNounFinder(words, lexicon, entities).find();
        new HandleFinder(entities).find(document.text());
        return document.withEntities(entities.toEntities(), Facet.ALIASES);
    }
}
