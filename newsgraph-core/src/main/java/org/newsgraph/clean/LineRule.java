package org.newsgraph.clean;

/**
 * One kind of boilerplate line. A rule sees the whole page, since position and repetition
 * count, and marks the lines it finds; a line keeps the reason of the first rule that marks it.
 */
interface LineRule {

    void mark(PageText page, Marks marks);
}
