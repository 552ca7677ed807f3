package dev.glassbox.model.stats;

import dev.glassbox.model.text.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/**
 * Which standard deviation a z-score divides by. The population σ divides the sum of squared deviations by
 * n: it describes these values as the whole group. The sample s divides by n − 1 (Bessel's correction): it
 * estimates the σ of a larger population these values were drawn from, and is a little larger.
 */
public enum SdKind {
    POPULATION("population", "σ = √( Σ(x − μ)² / n )"),
    SAMPLE("sample", "s = √( Σ(x − x̄)² / (n − 1) )");

    private final String key;
    private final String equation;

    SdKind(String key, String equation) {
        this.key = key;
        this.equation = equation;
    }

    /** The name used in links and in the API ({@code population}, {@code sample}). */
    public String key() {
        return key;
    }

    public String equation() {
        return equation;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SdKind::key).toList();
    }

    public static SdKind byKey(String key) {
        for (SdKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new InvalidInputException("The standard deviation must be “population” or “sample”.");
    }
}
