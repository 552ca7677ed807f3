/**
 * A small decoder-only transformer in the GPT shape, trained in this project on characters: its weights, its
 * forward pass with every intermediate value, next-character probabilities, sampling and the logit lens.
 * Shape legend: {@code V} vocabulary size, {@code T} tokens read, {@code N} the context (the most tokens read at
 * once), {@code d} model width, {@code h} heads, {@code dh = d / h}, {@code F} feed-forward width, {@code L} layers.
 */
package dev.glassbox.model.decoder;
