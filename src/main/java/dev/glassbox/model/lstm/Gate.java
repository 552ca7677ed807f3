package dev.glassbox.model.lstm;

import dev.glassbox.model.lesson.Language;

/** The quantities an LSTM step computes, each H numbers: the four gates and the two states. */
public enum Gate {
    F("f", "forget gate", "σ(W_f·[h_{t−1}, x_t] + b_f)", 0, 1),
    I("i", "input gate", "σ(W_i·[h_{t−1}, x_t] + b_i)", 0, 1),
    G("g", "candidate", "tanh(W_g·[h_{t−1}, x_t] + b_g)", -1, 1),
    O("o", "output gate", "σ(W_o·[h_{t−1}, x_t] + b_o)", 0, 1),
    C("c", "cell state", "f_t ⊙ c_{t−1} + i_t ⊙ g_t", Double.NaN, Double.NaN),
    H("h", "hidden state", "o_t ⊙ tanh(c_t)", -1, 1);

    private final String symbol;
    private final String title;
    private final String equation;
    private final double low;
    private final double high;

    Gate(String symbol, String title, String equation, double low, double high) {
        this.symbol = symbol;
        this.title = title;
        this.equation = equation;
        this.low = low;
        this.high = high;
    }

    public String symbol() {
        return symbol;
    }

    /** Its name in English: "forget gate". */
    public String title() {
        return title;
    }

    /** Its name in {@code language}. */
    public String title(Language language) {
        return LstmText.plain(language, "gate-" + symbol);
    }

    /** The right-hand side of its equation at step t. */
    public String equation() {
        return equation;
    }

    /** The range its values can take; NaN for the cell state, which is unbounded. */
    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    /** Its H values in one step. */
    public double[] of(LstmStep step) {
        return switch (this) {
            case F -> step.f();
            case I -> step.i();
            case G -> step.g();
            case O -> step.o();
            case C -> step.c();
            case H -> step.h();
        };
    }

    public static Gate bySymbol(String symbol) {
        for (Gate gate : values()) {
            if (gate.symbol.equals(symbol)) {
                return gate;
            }
        }
        throw new IllegalArgumentException("no gate " + symbol);
    }
}
