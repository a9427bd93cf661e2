package org.newsgraph.search;

/**
 * What a replacement of the index did: how many documents it holds now, how many of them were
 * written (new or changed since the commit before), and how many were deleted.
 */
public record IndexChange(int documents, int written, int deleted) {}
