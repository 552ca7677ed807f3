/** Word embeddings: GloVe vectors, cosine similarity, nearest neighbours, analogies and a 2-D map by PCA. */
package dev.glassbox.model.embedding;
