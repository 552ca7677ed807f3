package dev.glassbox.model.lstm;

import java.util.ArrayList;
import java.util.List;

/**
 * An LSTM layer: the same {@link LstmCell} applied to x_1 … x_T in order, each step reading the state the step
 * before left, starting from h_0 = c_0 = 0. This ordering is what makes it recurrent: step t cannot see x_{t+1}.
 */
public final class LstmLayer {
    private final LstmCell cell;
    private final int hidden;

    public LstmLayer(LstmWeights weights) {
        this.cell = new LstmCell(weights);
        this.hidden = weights.hiddenSize();
    }

    /** All T steps for character indices {@code xs}, from zero state. */
    public List<LstmStep> run(int[] xs, WhatIf whatIf) {
        List<LstmStep> steps = new ArrayList<>(xs.length);
        double[] h = new double[hidden]; // (H) h_0 = 0
        double[] c = new double[hidden]; // (H) c_0 = 0
        for (int x : xs) {
            LstmStep step = cell.step(x, h, c, whatIf);
            steps.add(step);
            h = step.h();
            c = step.c();
        }
        return steps;
    }
}
