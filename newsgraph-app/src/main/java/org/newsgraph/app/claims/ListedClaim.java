package org.newsgraph.app.claims;

import org.newsgraph.app.export.ExportDocument;

/** A claim as the claims listing shows it: the export's claim with its article's file. */
public record ListedClaim(String file, ExportDocument.Claim claim) {}
