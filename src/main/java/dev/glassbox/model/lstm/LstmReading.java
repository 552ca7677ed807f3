package dev.glassbox.model.lstm;

import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The result of reading a text: for every time step t the character, its LSTM step (gates and states) and the
 * next-character probabilities, with a {@link Trace} per step and the gate-over-time matrices the lesson draws.
 */
public final class LstmReading {

    public static final String X = "x";
    public static final String H_PREV = "h_prev";
    public static final String C_PREV = "c_prev";
    public static final String Z_F = "z_f";
    public static final String F = "f";
    public static final String Z_I = "z_i";
    public static final String I = "i";
    public static final String Z_G = "z_g";
    public static final String G = "g";
    public static final String Z_O = "z_o";
    public static final String O = "o";
    public static final String KEPT = "kept";
    public static final String ADDED = "added";
    public static final String C = "c";
    public static final String H = "h";
    public static final String Y = "y";
    public static final String P = "p";

    /** One predicted next character. */
    public record Prediction(String character, double probability) {
    }

    private final CharVocabulary vocabulary;
    private final List<String> tokens; // (T)
    private final int[] xs;            // (T)
    private final List<LstmStep> steps; // (T)
    private final List<double[]> logits; // (T, V)
    private final List<double[]> p;      // (T, V)
    private final WhatIf whatIf;

    LstmReading(CharVocabulary vocabulary, List<String> tokens, int[] xs, List<LstmStep> steps, List<double[]> logits,
                List<double[]> p, WhatIf whatIf) {
        this.vocabulary = vocabulary;
        this.tokens = List.copyOf(tokens);
        this.xs = xs.clone();
        this.steps = List.copyOf(steps);
        this.logits = logits.stream().map(double[]::clone).toList();
        this.p = p.stream().map(double[]::clone).toList();
        this.whatIf = whatIf;
    }

    /** T, the number of time steps (characters). */
    public int size() {
        return steps.size();
    }

    public List<String> tokens() {
        return tokens;
    }

    public String token(int t) {
        return tokens.get(t);
    }

    /** Whether the character at step t is outside the vocabulary (and read as the unknown character). */
    public boolean isUnknown(int t) {
        return vocabulary.isUnknown(xs[t]);
    }

    public int index(int t) {
        return xs[t];
    }

    public LstmStep step(int t) {
        return steps.get(t);
    }

    public List<LstmStep> steps() {
        return steps;
    }

    public WhatIf whatIf() {
        return whatIf;
    }

    /** p(x_{t+1} | x_1 … x_t), V numbers. */
    public double[] probabilities(int t) {
        return p.get(t).clone();
    }

    /** The k most probable next characters after step t, most probable first. */
    public List<Prediction> top(int t, int k) {
        double[] pt = p.get(t);
        return IntStream.range(0, pt.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -pt[j]).thenComparing(j -> j))
                .limit(k)
                .map(j -> new Prediction(vocabulary.symbol(j), pt[j]))
                .toList();
    }

    /** How a character is labelled in figures: a space as ␣, an unknown character with its marker. */
    public String label(int t) {
        String s = tokens.get(t);
        if (s.equals(" ")) {
            return "␣";
        }
        return isUnknown(t) ? s + " (unknown)" : s;
    }

    /** Step labels for figure columns: "1 T", "2 h", … */
    public List<String> columnLabels() {
        return IntStream.range(0, size()).mapToObj(t -> (t + 1) + " " + label(t)).toList();
    }

    public static List<String> unitLabels(int hidden) {
        return IntStream.range(0, hidden).mapToObj(j -> "unit " + j).toList();
    }

    /** One quantity over time: rows = units (H), columns = steps (T). */
    public Value.Matrix overTime(Gate gate) {
        int hidden = steps.get(0).h().length;
        double[][] m = new double[hidden][size()]; // (H, T)
        for (int t = 0; t < size(); t++) {
            double[] v = gate.of(steps.get(t));
            for (int j = 0; j < hidden; j++) {
                m[j][t] = v[j];
            }
        }
        return new Value.Matrix(m, unitLabels(hidden), columnLabels());
    }

    /** Every intermediate value of step t, from the input character to the next-character probabilities. */
    public Trace trace(int t) {
        LstmStep s = steps.get(t);
        List<String> units = unitLabels(s.h().length);
        String forced = switch (whatIf.forget()) {
            case AS_TRAINED -> "";
            case ZERO -> " What-if: forced to 0 for every unit, whatever z_f says.";
            case ONE -> " What-if: forced to 1 for every unit, whatever z_f says.";
        };
        String inputForced = whatIf.inputOff() ? " What-if: forced to 0 for every unit, whatever z_i says." : "";
        List<String> symbols = IntStream.range(0, vocabulary.size()).mapToObj(vocabulary::symbol)
                .map(x -> x.equals(" ") ? "␣" : x).toList();
        List<List<Object>> topRows = new ArrayList<>();
        for (Prediction prediction : top(t, 5)) {
            topRows.add(List.of(prediction.character().equals(" ") ? "␣ (space)" : prediction.character(),
                    prediction.probability()));
        }
        return Trace.builder()
                .add(X, "Input character x_" + (t + 1), "x_t = one-hot(" + label(t) + ")",
                        isUnknown(t) ? "This character is not among the " + (vocabulary.size() - 1)
                                + " the network knows, so it reads the unknown character instead."
                                : "The character becomes a vector of " + vocabulary.size()
                                + " zeros with a single 1 at its index " + xs[t] + ".",
                        List.of(), new Value.TokenList(List.of(label(t)), List.of(xs[t])))
                .add(H_PREV, "Previous hidden state h_" + t, "h_{t−1}",
                        t == 0 ? "Before the first character the state is all zeros." : "What the step before passed on.",
                        List.of(), new Value.Vector(s.hPrev(), units))
                .add(C_PREV, "Previous cell state c_" + t, "c_{t−1}",
                        t == 0 ? "Before the first character the memory is empty (zeros)." : "The memory so far.",
                        List.of(), new Value.Vector(s.cPrev(), units))
                .add(Z_F, "Forget pre-activation", "z_f = W_f·[h_{t−1}, x_t] + b_f",
                        "A weighted sum of the previous hidden state and the character, one number per unit.",
                        List.of(X, H_PREV), new Value.Vector(s.zf(), units))
                .add(F, "Forget gate f", "f = σ(z_f)",
                        "Squashed to between 0 and 1: how much of each unit's old memory to keep." + forced,
                        List.of(Z_F), new Value.Vector(s.f(), units))
                .add(Z_I, "Input pre-activation", "z_i = W_i·[h_{t−1}, x_t] + b_i",
                        "Another weighted sum with its own weights.", List.of(X, H_PREV), new Value.Vector(s.zi(), units))
                .add(I, "Input gate i", "i = σ(z_i)",
                        "Between 0 and 1: how much of the new candidate to write into memory." + inputForced,
                        List.of(Z_I), new Value.Vector(s.i(), units))
                .add(Z_G, "Candidate pre-activation", "z_g = W_g·[h_{t−1}, x_t] + b_g",
                        "A third weighted sum.", List.of(X, H_PREV), new Value.Vector(s.zg(), units))
                .add(G, "Candidate g = c̃", "g = tanh(z_g)",
                        "Between −1 and 1: the new content proposed for each unit.", List.of(Z_G),
                        new Value.Vector(s.g(), units))
                .add(Z_O, "Output pre-activation", "z_o = W_o·[h_{t−1}, x_t] + b_o",
                        "A fourth weighted sum.", List.of(X, H_PREV), new Value.Vector(s.zo(), units))
                .add(O, "Output gate o", "o = σ(z_o)",
                        "Between 0 and 1: how much of each unit's memory to show to the outside.", List.of(Z_O),
                        new Value.Vector(s.o(), units))
                .add(KEPT, "Kept memory f ⊙ c_{t−1}", "f ⊙ c_{t−1}",
                        "The old memory, unit by unit, multiplied by the forget gate.", List.of(F, C_PREV),
                        new Value.Vector(s.kept(), units))
                .add(ADDED, "Added memory i ⊙ g", "i ⊙ g",
                        "The candidate, unit by unit, multiplied by the input gate.", List.of(I, G),
                        new Value.Vector(s.added(), units))
                .add(C, "New cell state c_" + (t + 1), "c_t = f ⊙ c_{t−1} + i ⊙ g",
                        "Kept plus added: the memory after this character.", List.of(KEPT, ADDED),
                        new Value.Vector(s.c(), units))
                .add(H, "New hidden state h_" + (t + 1), "h_t = o ⊙ tanh(c_t)",
                        "The memory squashed to between −1 and 1 and filtered by the output gate: what the next step "
                                + "and the readout see.", List.of(O, C), new Value.Vector(s.h(), units))
                .add(Y, "Readout logits", "y = W_y·h_t + b_y",
                        "One score per character of the vocabulary.", List.of(H),
                        new Value.Vector(logits.get(t), symbols))
                .add(P, "Next-character probabilities (top 5)", "p = softmax(y)",
                        "The scores turned into probabilities that sum to 1; the five most likely next characters.",
                        List.of(Y), new Value.Table(List.of("next character", "probability"), topRows))
                .build();
    }
}
