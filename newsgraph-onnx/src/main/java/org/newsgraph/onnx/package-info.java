/**
 * The only package that runs ONNX models: {@link org.newsgraph.onnx.MiniLmEmbedder}, the
 * sentence embedder. Needs the model artifact on the class path; provides vectors for clustering;
 * does not batch, cache or store them.
 */
package org.newsgraph.onnx;
