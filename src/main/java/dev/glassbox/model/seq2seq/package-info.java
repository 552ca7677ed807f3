/** The full transformer of Vaswani et al. 2017 — an encoder and a decoder joined by cross-attention — trained to rewrite dates. */
package dev.glassbox.model.seq2seq;
