package org.newsgraph.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One real-world entity as resolution finds it across the corpus, before it has a lasting id: a
 * canonical name, its type, its place if it is one, its other names, and the single-article
 * entities that make it up, in corpus order.
 *
 * @param links why members were joined beyond an identical name ("typo: Holmgrem ~ Holmgren"),
 *              for the record kept beside merges
 */
public record EntityCluster(String name, EntityType type, Place place, List<String> aliases, List<EntityRef> members,
        List<String> links) {

    public EntityCluster {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
        links = List.copyOf(links);
    }

    /** This entity with these members added to its own, each once, in corpus order. */
    public EntityCluster withMembers(List<EntityRef> more) {
        SortedSet<EntityRef> all = new TreeSet<>(more);
        all.addAll(members);
        return new EntityCluster(name, type, place, aliases, List.copyOf(all), links);
    }
}
