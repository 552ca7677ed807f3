/** The embeddings lesson: word vectors, their neighbours, similarities, a 2-D map and word arithmetic. */
package dev.glassbox.ui.embedding;
