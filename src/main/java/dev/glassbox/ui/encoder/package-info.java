/** The encoder lesson: one encoder layer of all-MiniLM-L6-v2 as a clickable flow of steps. */
package dev.glassbox.ui.encoder;
