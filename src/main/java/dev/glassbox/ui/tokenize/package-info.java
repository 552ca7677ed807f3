/** The tokenization lesson. */
package dev.glassbox.ui.tokenize;
