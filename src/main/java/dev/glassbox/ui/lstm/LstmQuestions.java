package dev.glassbox.ui.lstm;

import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;
import java.util.List;

/**
 * The LSTM lesson's predict-then-check questions, computed from the network's step on the learner's sentence: which
 * gate is the most closed at a step, and what the cell state would be if the forget gate were 0 there
 * (cₜ = 0 · cₜ₋₁ + i · g).
 */
final class LstmQuestions {

    static final String CLOSED = "closed-gate";
    static final String FORGET = "forget-zero";
    /** How far a predicted c_t may lie from the network's and still count (the prompt's numbers have 4 decimals). */
    static final double TOLERANCE = 0.01;
    /** The gates the closed-gate question compares. */
    static final List<Gate> GATES = List.of(Gate.F, Gate.I, Gate.O);

    private LstmQuestions() {
    }

    /** The mean of a gate over all H units at one step. */
    static double mean(Gate gate, LstmStep step) {
        double[] v = gate.of(step);
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** Which of f, i and o has the smallest mean over the units at step t (0-based); a tie goes to the first. */
    static Prediction closedGate(LstmReading reading, int t) {
        LstmStep s = reading.step(t);
        Gate closed = GATES.getFirst();
        for (Gate g : GATES) {
            if (mean(g, s) < mean(closed, s)) {
                closed = g;
            }
        }
        int units = s.f().length;
        String why = Words.t("closed-why-" + closed.symbol(), "step", t + 1, "units", units, "f",
                Summaries.number(mean(Gate.F, s)), "i", Summaries.number(mean(Gate.I, s)), "o",
                Summaries.number(mean(Gate.O, s)));
        List<Prediction.Choice> choices = GATES.stream()
                .map(g -> new Prediction.Choice(g.symbol(), Words.t("closed-choice-" + g.symbol()))).toList();
        String prompt = Words.t(t == reading.size() - 1 ? "closed-prompt-last" : "closed-prompt", "step", t + 1,
                "character", LstmEquations.describe(reading, t), "units", units);
        return Prediction.choice(CLOSED, prompt, choices, closed.symbol(), why);
    }

    /**
     * What unit {@code unit}'s new cell state c_t would be at step t if the forget gate were 0 there:
     * c_t = f · c_{t−1} + i · g with f = 0, the other numbers as the network computed them.
     */
    static Prediction forgetZero(LstmReading reading, int t, int unit) {
        LstmStep s = reading.step(t);
        double f = s.f()[unit];
        double cPrev = s.cPrev()[unit];
        double i = s.i()[unit];
        double g = s.g()[unit];
        double c = 0 * cPrev + i * g; // c_t = f·c_{t−1} + i·g with f = 0
        String n = Summaries.number(c);
        String prompt = Words.t("forget-prompt", "step", t + 1, "unit", unit, "f", Summaries.number(f), "cPrev",
                Summaries.number(cPrev), "i", Summaries.number(i), "g", Summaries.number(g));
        String why = Words.t("forget-why", "cPrevBracket", bracket(cPrev), "i", Summaries.number(i), "gBracket",
                bracket(g), "c", n, "cPrev", Summaries.number(cPrev), "f", Summaries.number(f), "actual",
                Summaries.number(s.c()[unit]));
        return Prediction.number(FORGET, prompt, c, TOLERANCE, n, why);
    }

    private static String bracket(double x) {
        String s = Summaries.number(x);
        return x < 0 ? "(" + s + ")" : s;
    }
}
