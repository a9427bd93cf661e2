/**
 * The composition root: typed configuration, the pipeline recipe and the wiring of adapters
 * into use cases. Needs every module; provides what the CLI and the HTTP API call. Holds no
 * analysis logic of its own.
 */
package org.newsgraph.app;
