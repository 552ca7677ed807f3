package dev.glassbox.model.lstm;

import dev.glassbox.model.lesson.Language;
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

    /** How a character is labelled in figures, in English: a space as ␣, an unknown character with its marker. */
    public String label(int t) {
        return label(t, Language.ENGLISH);
    }

    /** How a character is labelled in figures in {@code language}: a space as ␣, an unknown one with its marker. */
    public String label(int t, Language language) {
        String s = tokens.get(t);
        if (s.equals(" ")) {
            return "␣";
        }
        return isUnknown(t) ? LstmText.plain(language, "unknown-label", "character", s) : s;
    }

    /** Step labels for figure columns, in English: "1 T", "2 h", … */
    public List<String> columnLabels() {
        return columnLabels(Language.ENGLISH);
    }

    /** Step labels for figure columns in {@code language}. */
    public List<String> columnLabels(Language language) {
        return IntStream.range(0, size()).mapToObj(t -> (t + 1) + " " + label(t, language)).toList();
    }

    public static List<String> unitLabels(int hidden) {
        return unitLabels(hidden, Language.ENGLISH);
    }

    /** "unit 0", "unit 1", … in {@code language}. */
    public static List<String> unitLabels(int hidden, Language language) {
        return IntStream.range(0, hidden).mapToObj(j -> LstmText.plain(language, "unit-label", "unit", j)).toList();
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

    /** Every intermediate value of step t, explained in English. */
    public Trace trace(int t) {
        return trace(t, Language.ENGLISH);
    }

    /**
     * Every intermediate value of step t, from the input character to the next-character probabilities, with titles
     * and explanations in {@code language}. The reading holds only numbers (it may be shared by pages in different
     * languages); the sentences are written here, each time.
     */
    public Trace trace(int t, Language language) {
        LstmStep s = steps.get(t);
        List<String> units = unitLabels(s.h().length, language);
        String fExplained = switch (whatIf.forget()) {
            case AS_TRAINED -> "trace-f";
            case ZERO -> "trace-forced-0-f";
            case ONE -> "trace-forced-1-f";
        };
        String iExplained = whatIf.inputOff() ? "trace-forced-0-i" : "trace-i";
        List<String> symbols = IntStream.range(0, vocabulary.size()).mapToObj(vocabulary::symbol)
                .map(x -> x.equals(" ") ? "␣" : x).toList();
        List<List<Object>> topRows = new ArrayList<>();
        for (Prediction prediction : top(t, 5)) {
            topRows.add(List.of(prediction.character().equals(" ") ? text(language, "space-named")
                    : prediction.character(), prediction.probability()));
        }
        return Trace.builder()
                .add(X, text(language, "trace-x-title", "step", t + 1), "x_t = one-hot(" + label(t, language) + ")",
                        isUnknown(t) ? text(language, "trace-x-unknown", "known", vocabulary.size() - 1)
                                : text(language, "trace-x-known", "size", vocabulary.size(), "index", xs[t]),
                        List.of(), new Value.TokenList(List.of(label(t, language)), List.of(xs[t])))
                .add(H_PREV, text(language, "trace-h-prev-title", "previous", t), "h_{t−1}",
                        text(language, t == 0 ? "trace-h-prev-first" : "trace-h-prev-later"),
                        List.of(), new Value.Vector(s.hPrev(), units))
                .add(C_PREV, text(language, "trace-c-prev-title", "previous", t), "c_{t−1}",
                        text(language, t == 0 ? "trace-c-prev-first" : "trace-c-prev-later"),
                        List.of(), new Value.Vector(s.cPrev(), units))
                .add(Z_F, text(language, "trace-z-f-title"), "z_f = W_f·[h_{t−1}, x_t] + b_f",
                        text(language, "trace-z-f"), List.of(X, H_PREV), new Value.Vector(s.zf(), units))
                .add(F, text(language, "trace-f-title"), "f = σ(z_f)", text(language, fExplained),
                        List.of(Z_F), new Value.Vector(s.f(), units))
                .add(Z_I, text(language, "trace-z-i-title"), "z_i = W_i·[h_{t−1}, x_t] + b_i",
                        text(language, "trace-z-i"), List.of(X, H_PREV), new Value.Vector(s.zi(), units))
                .add(I, text(language, "trace-i-title"), "i = σ(z_i)", text(language, iExplained),
                        List.of(Z_I), new Value.Vector(s.i(), units))
                .add(Z_G, text(language, "trace-z-g-title"), "z_g = W_g·[h_{t−1}, x_t] + b_g",
                        text(language, "trace-z-g"), List.of(X, H_PREV), new Value.Vector(s.zg(), units))
                .add(G, text(language, "trace-g-title"), "g = tanh(z_g)", text(language, "trace-g"), List.of(Z_G),
                        new Value.Vector(s.g(), units))
                .add(Z_O, text(language, "trace-z-o-title"), "z_o = W_o·[h_{t−1}, x_t] + b_o",
                        text(language, "trace-z-o"), List.of(X, H_PREV), new Value.Vector(s.zo(), units))
                .add(O, text(language, "trace-o-title"), "o = σ(z_o)", text(language, "trace-o"), List.of(Z_O),
                        new Value.Vector(s.o(), units))
                .add(KEPT, text(language, "trace-kept-title"), "f ⊙ c_{t−1}", text(language, "trace-kept"),
                        List.of(F, C_PREV), new Value.Vector(s.kept(), units))
                .add(ADDED, text(language, "trace-added-title"), "i ⊙ g", text(language, "trace-added"),
                        List.of(I, G), new Value.Vector(s.added(), units))
                .add(C, text(language, "trace-c-title", "step", t + 1), "c_t = f ⊙ c_{t−1} + i ⊙ g",
                        text(language, "trace-c"), List.of(KEPT, ADDED), new Value.Vector(s.c(), units))
                .add(H, text(language, "trace-h-title", "step", t + 1), "h_t = o ⊙ tanh(c_t)",
                        text(language, "trace-h"), List.of(O, C), new Value.Vector(s.h(), units))
                .add(Y, text(language, "trace-y-title"), "y = W_y·h_t + b_y", text(language, "trace-y"), List.of(H),
                        new Value.Vector(logits.get(t), symbols))
                .add(P, text(language, "trace-p-title"), "p = softmax(y)", text(language, "trace-p"), List.of(Y),
                        new Value.Table(List.of(text(language, "column-next"), text(language, "column-probability")),
                                topRows))
                .build();
    }

    private static String text(Language language, String name, Object... keysAndValues) {
        return LstmText.plain(language, name, keysAndValues);
    }
}
