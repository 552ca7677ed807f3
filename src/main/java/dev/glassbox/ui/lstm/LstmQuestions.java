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
        StringBuilder means = new StringBuilder();
        for (Gate g : GATES) {
            if (mean(g, s) < mean(closed, s)) {
                closed = g;
            }
            means.append(means.isEmpty() ? "" : g == GATES.getLast() ? " and " : ", ")
                    .append(g.symbol()).append(" = ").append(Summaries.number(mean(g, s)));
        }
        String effect = switch (closed) {
            case F -> "so at this step the network keeps the least of its old memory";
            case I -> "so at this step the network writes the least that is new into its memory";
            default -> "so at this step the network shows the least of its memory to the outside";
        };
        String why = "At step " + (t + 1) + ", averaged over the " + s.f().length + " units, " + means + ": the "
                + closed.title() + " " + closed.symbol() + " is the smallest, " + effect + ".";
        List<Prediction.Choice> choices = GATES.stream()
                .map(g -> new Prediction.Choice(g.symbol(), g.symbol() + ", the " + g.title())).toList();
        return Prediction.choice(CLOSED, "At step " + (t + 1) + (t == reading.size() - 1 ? ", the last" : "")
                + ", reading " + LstmEquations.describe(reading, t)
                + ", which gate is the most closed — the smallest on average over the " + s.f().length + " units?",
                choices, closed.symbol(), why);
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
        String prompt = "At step " + (t + 1) + ", unit " + unit + " has f = " + Summaries.number(f) + ", cₜ₋₁ = "
                + Summaries.number(cPrev) + ", i = " + Summaries.number(i) + " and g = " + Summaries.number(g)
                + ". If the forget gate f were 0 at this step, what would its new memory cₜ be?";
        String why = "cₜ = f · cₜ₋₁ + i · g = 0 × " + bracket(cPrev) + " + " + Summaries.number(i) + " × "
                + bracket(g) + " = " + n + ": with f = 0 nothing of the old memory " + Summaries.number(cPrev)
                + " is kept, only what this step writes, i · g (with f = " + Summaries.number(f) + " it is "
                + Summaries.number(s.c()[unit]) + ").";
        return Prediction.number(FORGET, prompt, c, TOLERANCE, n, why);
    }

    private static String bracket(double x) {
        String s = Summaries.number(x);
        return x < 0 ? "(" + s + ")" : s;
    }
}
