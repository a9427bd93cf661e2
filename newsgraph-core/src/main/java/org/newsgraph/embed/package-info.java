/**
 * The port of sentence embeddings: a text in, a vector out. Needs a model behind it (newsgraph-onnx);
 * provides what clustering compares as the meaning of a report. It does not store vectors: the
 * cluster profiles do.
 */
package org.newsgraph.embed;
