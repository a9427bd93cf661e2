/**
 * What the tests of every module share: the example articles' location, a fake annotator and
 * an in-memory store for fast unit tests, and the deletion of stores Evals leave in target/. Never
 * used by production code.
 */
package org.newsgraph.testkit;
