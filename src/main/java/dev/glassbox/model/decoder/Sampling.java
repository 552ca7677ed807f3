package dev.glassbox.model.decoder;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How the next character is drawn from the logits z, in this order (Holtzman et al. 2020 for top-p):
 * <pre>
 *   temperature τ:  p = softmax(z / τ)            τ = 0 means greedy: the most likely character, always
 *   top-k:          keep the k most likely         k = 0 means off
 *   top-p:          keep the smallest set of most likely characters whose probabilities reach p   p = 1 means off
 *   renormalise:    divide the kept probabilities by their sum, then draw one
 * </pre>
 *
 * @param temperature τ ≥ 0
 * @param topK        k ≥ 0
 * @param topP        0 &lt; p ≤ 1
 */
public record Sampling(double temperature, int topK, double topP) {

    /** The most a generation request may write. */
    public static final int MAX_STEPS = 200;
    /** The highest temperature accepted (beyond it every character is about equally likely). */
    public static final double MAX_TEMPERATURE = 10;

    public Sampling {
        Optional<String> problem = problem(temperature, topK, topP, Language.ENGLISH);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /**
     * What is wrong with these settings, as one sentence in {@code language} (from the generation lesson's file), or
     * nothing when they can be used: the first of temperature, top-k, top-p that is out of range.
     */
    public static Optional<String> problem(double temperature, int topK, double topP, Language language) {
        LessonText text = LessonText.of("generate", language);
        if (!(temperature >= 0 && temperature <= MAX_TEMPERATURE)) {
            return Optional.of(text.plain("sampling-temperature", Map.of("max", (int) MAX_TEMPERATURE)));
        }
        if (topK < 0) {
            return Optional.of(text.plain("sampling-top-k"));
        }
        if (!(topP > 0 && topP <= 1)) {
            return Optional.of(text.plain("sampling-top-p"));
        }
        return Optional.empty();
    }

    /** Temperature 1, no top-k, no top-p: the model's own distribution. */
    public static final Sampling PLAIN = new Sampling(1, 0, 1);

    /** One character still allowed, with its probability after renormalising. */
    public record Candidate(int id, double probability) {
    }

    /** Every character's probability softmax(z / τ), before any cut (τ = 0: all mass on the largest logit). */
    public double[] probabilities(float[] logits) {
        double[] p = new double[logits.length];
        if (temperature == 0) {
            p[argmax(logits)] = 1;
            return p;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z / temperature);
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] / temperature - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The characters still allowed after temperature, top-k and top-p, renormalised, most likely first. */
    public List<Candidate> candidates(float[] logits) {
        double[] p = probabilities(logits);
        List<Candidate> sorted = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            sorted.add(new Candidate(i, p[i]));
        }
        // most likely first; ties by id, so the order never depends on anything else
        sorted.sort(Comparator.comparingDouble(Candidate::probability).reversed().thenComparingInt(Candidate::id));
        int keep = temperature == 0 ? 1 : sorted.size();
        if (topK > 0) {
            keep = Math.min(keep, topK);
        }
        if (topP < 1) {
            double mass = 0;
            int n = 0;
            while (n < keep && mass < topP) {
                mass += sorted.get(n).probability();
                n++;
            }
            keep = Math.max(1, n);
        }
        double total = 0;
        for (int i = 0; i < keep; i++) {
            total += sorted.get(i).probability();
        }
        List<Candidate> kept = new ArrayList<>(keep);
        for (int i = 0; i < keep; i++) {
            kept.add(new Candidate(sorted.get(i).id(), sorted.get(i).probability() / total));
        }
        return List.copyOf(kept);
    }

    /** Draws one of the candidates with one uniform number from {@code random} (inverse transform sampling). */
    public static Candidate draw(List<Candidate> candidates, SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (Candidate c : candidates) {
            cumulative += c.probability();
            if (u < cumulative) {
                return c;
            }
        }
        return candidates.get(candidates.size() - 1); // rounding: the sum can be a hair below 1
    }

    static int argmax(float[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            if (z[i] > z[best]) {
                best = i;
            }
        }
        return best;
    }
}
