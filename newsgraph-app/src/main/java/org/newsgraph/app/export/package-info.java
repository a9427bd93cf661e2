/**
 * The JSON export of CONTRACT.md, version 1, built from the store and written atomically.
 * Needs stored articles and rejections; provides the file outside checks read. Adds fields
 * freely; renames none without a version bump.
 */
package org.newsgraph.app.export;
