/**
 * A character-level long short-term memory network: its vocabulary, weights, cell, layer and next-character
 * readout, with a Trace of every gate at every time step. Shape legend: {@code V} vocabulary size,
 * {@code H} hidden units, {@code T} time steps, {@code 4H} the four gate blocks stacked in the order f, i, g, o.
 */
package dev.glassbox.model.lstm;
