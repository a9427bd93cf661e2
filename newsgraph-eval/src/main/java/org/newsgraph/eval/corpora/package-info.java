/**
 * The readers of the corpora's files that more than one Eval shares: MEANTIME's article XML (its
 * tokens laid out as text, its markables of one kind) and the JSON files of gold annotations. Needs
 * a file; provides its contents as values, or fails naming the file. Does not score anything.
 */
package org.newsgraph.eval.corpora;
