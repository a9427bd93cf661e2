package org.newsgraph.store.sqlite;

/**
 * One step of the schema's history.
 *
 * @param file the resource path, named in every error about this step
 * @param sql  one or more statements, run in one transaction
 */
record Migration(int version, String file, String sql) {}
