package dev.glassbox.model.lstm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Readings built by hand for tests: chosen forget-gate (or cell) values, every other quantity zero. */
final class SyntheticReadings {

    private SyntheticReadings() {
    }

    /** A reading of {@code text} (one step per character) whose step t has forget gate {@code f[t]} and cell {@code c[t]}. */
    static LstmReading of(String text, double[][] f, double[][] c) {
        CharVocabulary vocabulary = new CharVocabulary(" abcdefghijklmnopqrstuvwxyz,.");
        int[] xs = vocabulary.encode(text);
        List<String> tokens = text.codePoints().mapToObj(Character::toString).toList();
        int hidden = f[0].length;
        double[] zero = new double[hidden];
        List<LstmStep> steps = new ArrayList<>();
        List<double[]> logits = new ArrayList<>();
        List<double[]> p = new ArrayList<>();
        for (int t = 0; t < xs.length; t++) {
            steps.add(new LstmStep(xs[t], zero, t == 0 ? zero : c[t - 1], zero, zero, zero, zero, f[t], zero, zero,
                    zero, c[t], zero));
            double[] uniform = new double[vocabulary.size()];
            Arrays.fill(uniform, 1.0 / vocabulary.size());
            logits.add(new double[vocabulary.size()]);
            p.add(uniform);
        }
        return new LstmReading(vocabulary, tokens, xs, steps, logits, p, WhatIf.NONE);
    }

    static LstmReading of(String text, double[][] f) {
        return of(text, f, new double[f.length][f[0].length]);
    }
}
