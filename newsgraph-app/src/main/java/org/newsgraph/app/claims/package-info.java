/**
 * The claims use case: the store's claims with their articles' files, as the export gives them, read
 * a page of articles at a time. Needs the store; does not find claims (the claim stage does, during
 * analyze).
 */
package org.newsgraph.app.claims;
