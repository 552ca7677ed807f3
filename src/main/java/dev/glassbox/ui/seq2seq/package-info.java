/** The translation lesson: the full encoder–decoder transformer rewriting a date, step by step. */
package dev.glassbox.ui.seq2seq;
