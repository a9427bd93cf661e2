package org.newsgraph.model;

import java.util.List;

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
}
