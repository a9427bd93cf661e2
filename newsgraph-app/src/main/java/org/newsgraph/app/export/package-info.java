/**
 * The JSON export of CONTRACT.md, version 1, streamed from the store a page of its queries at a
 * time and written atomically, or read back into memory whole or in the part a page shows
 * (ExportReader). Needs a store (a read-only view will do); provides the file outside checks read.
 * Adds fields freely; renames none without a version bump.
 */
package org.newsgraph.app.export;
