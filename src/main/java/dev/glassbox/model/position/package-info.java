/** How a transformer knows word order: sinusoidal positional encodings and the similarity between positions. */
package dev.glassbox.model.position;
