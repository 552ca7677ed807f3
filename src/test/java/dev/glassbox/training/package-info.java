/**
 * Training code, run on demand and never when the app starts: named parameters with gradients, the Adam
 * optimiser with gradient clipping, a finite-difference gradient check, backpropagation through time for the
 * character LSTM, a smoothed character n-gram baseline, and the command that writes the committed weights.
 */
package dev.glassbox.training;
