/** The decoder lessons: the learner's text through the character transformer, and generation one character at a time. */
package dev.glassbox.ui.decoder;
