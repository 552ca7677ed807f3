package dev.glassbox.model.lstm;

/**
 * What a what-if switch changed, compared with the network as trained, on the same sentence: at the chosen step the
 * mean absolute change of the cell state per unit, (1/H)·Σ_j |c'_t[j] − c_t[j]|, beside its usual size
 * (1/H)·Σ_j |c_t[j]|; the most likely next character there before and after; and at how many steps of the sentence
 * the most likely next character changed.
 */
public record WhatIfComparison(int step, double cellChange, double cellSize, String topTrained, String topChanged,
                               int changedSteps, int steps) {

    /** @param t the chosen step (0-based) */
    public static WhatIfComparison of(LstmReading trained, LstmReading changed, int t) {
        int different = 0;
        for (int k = 0; k < trained.size(); k++) {
            if (!trained.top(k, 1).getFirst().character().equals(changed.top(k, 1).getFirst().character())) {
                different++;
            }
        }
        double[] c0 = trained.step(t).c();
        double[] c1 = changed.step(t).c();
        double diff = 0;
        double size = 0;
        for (int j = 0; j < c0.length; j++) {
            diff += Math.abs(c1[j] - c0[j]);
            size += Math.abs(c0[j]);
        }
        return new WhatIfComparison(t, diff / c0.length, size / c0.length, trained.top(t, 1).getFirst().character(),
                changed.top(t, 1).getFirst().character(), different, trained.size());
    }
}
