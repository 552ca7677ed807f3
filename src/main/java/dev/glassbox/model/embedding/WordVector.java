package dev.glassbox.model.embedding;

import java.util.Objects;

/**
 * One word and its vector.
 *
 * @param word   the word as the vocabulary writes it (lower case)
 * @param rank   its row in the vocabulary, 0 for the most frequent word
 * @param values its coordinates  // (d)
 */
public record WordVector(String word, int rank, double[] values) {
    public WordVector {
        Objects.requireNonNull(word);
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int dimensions() {
        return values.length;
    }

    /** Its length ‖v‖ = √(Σ vᵢ²). */
    public double norm() {
        double s = 0;
        for (double x : values) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
