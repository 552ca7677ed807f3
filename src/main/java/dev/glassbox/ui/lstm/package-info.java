/** The LSTM lesson: a character LSTM's gates, memory and predictions on the learner's sentence. */
package dev.glassbox.ui.lstm;
