package org.newsgraph.app.search;

import java.time.Duration;

/**
 * What bringing the search index up to date did: whether it was made again (false: it was current
 * already), with how many documents, in how long.
 */
public record SearchUpdate(boolean rebuilt, int documents, Duration elapsed) {}
