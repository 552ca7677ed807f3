/** Tokenizers that cut a sentence into the pieces a model reads: words, WordPiece subwords and byte-level BPE. */
package dev.glassbox.model.tokenize;
