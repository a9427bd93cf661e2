/**
 * The composition root: typed configuration, the pipeline recipes and the wiring of adapters into
 * use cases, which it builds and hands out (the use cases themselves live in the packages below,
 * and none of them knows this one). Needs every module; provides what the CLI and the HTTP API
 * call. Holds no analysis logic and no use case of its own.
 */
package org.newsgraph.app;
