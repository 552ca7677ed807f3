/**
 * The transformer encoder of all-MiniLM-L6-v2 (6 layers, 12 heads, dModel 384, dFF 1536), read from its ONNX
 * file: embeddings, LayerNorm, feed-forward, encoder layers and the sentence embedding. Shape legend: T tokens,
 * dModel model width, dFF feed-forward width, h heads.
 */
package dev.glassbox.model.encoder;
