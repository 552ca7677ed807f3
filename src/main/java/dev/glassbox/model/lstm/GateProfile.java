package dev.glassbox.model.lstm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A gate averaged by the kind of character read ({@link CharacterClass}): for each kind, the mean over its steps of
 * the gate's mean over all H units, ḡ_t = (1/H)·Σ_j gate_t[j]. It answers questions such as "where does this
 * network forget most in my sentence?" from the network's own numbers, for the learner's sentence.
 */
public final class GateProfile {

    /** One kind of character: how many steps read it, and the gate's mean over those steps. */
    public record Group(CharacterClass kind, int steps, double mean) {
    }

    private final Gate gate;
    private final Map<CharacterClass, Group> groups;
    private final double[] perStep;            // (T) mean over units
    private final CharacterClass[] kinds;      // (T)

    private GateProfile(Gate gate, double[] perStep, CharacterClass[] kinds) {
        this.gate = gate;
        this.perStep = perStep;
        this.kinds = kinds;
        Map<CharacterClass, double[]> sums = new EnumMap<>(CharacterClass.class); // {sum, count}
        for (int t = 0; t < perStep.length; t++) {
            double[] s = sums.computeIfAbsent(kinds[t], k -> new double[2]);
            s[0] += perStep[t];
            s[1]++;
        }
        Map<CharacterClass, Group> g = new EnumMap<>(CharacterClass.class);
        sums.forEach((kind, s) -> g.put(kind, new Group(kind, (int) s[1], s[0] / s[1])));
        this.groups = g;
    }

    /** The profile of {@code gate} over a reading. */
    public static GateProfile of(LstmReading reading, Gate gate) {
        int steps = reading.size();
        double[] perStep = new double[steps]; // (T)
        CharacterClass[] kinds = new CharacterClass[steps];
        for (int t = 0; t < steps; t++) {
            double[] v = gate.of(reading.step(t));
            double sum = 0;
            for (double x : v) {
                sum += x;
            }
            perStep[t] = sum / v.length;
            kinds[t] = CharacterClass.of(t == 0 ? null : reading.token(t - 1), reading.token(t));
        }
        return new GateProfile(gate, perStep, kinds);
    }

    public Gate gate() {
        return gate;
    }

    /** The gate's mean over units at step t (0-based). */
    public double atStep(int t) {
        return perStep[t];
    }

    public Optional<Group> group(CharacterClass kind) {
        return Optional.ofNullable(groups.get(kind));
    }

    /** The kind of character with the lowest mean, if the sentence has at least two kinds. */
    public Optional<Group> lowest() {
        if (groups.size() < 2) {
            return Optional.empty();
        }
        return groups.values().stream().min((a, b) -> Double.compare(a.mean(), b.mean()));
    }

    /** The mean over all steps that do not read {@code kind}. */
    public double meanOutside(CharacterClass kind) {
        double sum = 0;
        int n = 0;
        for (int t = 0; t < perStep.length; t++) {
            if (kinds[t] != kind) {
                sum += perStep[t];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
