package dev.glassbox.model.decoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writing text one character at a time: read the prompt, then repeat — take the logits of the next character,
 * reshape them with {@link Sampling}, draw one with a generator seeded by {@code seed}, append it. The same prompt,
 * settings and seed always give the same text. While the text fits the context the key/value {@link
 * CharDecoder.Cache} makes each step cost one position; beyond N characters each step reads the last N again.
 */
public final class Generation {

    /** One written character and the distribution it was drawn from. */
    public record Step(List<Sampling.Candidate> candidates, Sampling.Candidate chosen, float[] logits) {
        public Step {
            candidates = List.copyOf(candidates);
            logits = logits.clone();
        }

        @Override
        public float[] logits() {
            return logits.clone();
        }
    }

    private Generation() {
    }

    /**
     * @param prompt 1 … N character ids
     * @param steps  1 … {@value Sampling#MAX_STEPS} characters to write
     * @param onStep called after every step (the view shows the text growing); may be a no-op
     */
    public static List<Step> generate(CharDecoder model, int[] prompt, int steps, Sampling sampling, long seed,
                                      Consumer<Step> onStep) {
        if (prompt.length < 1 || prompt.length > model.context()) {
            throw new IllegalArgumentException("The prompt must have 1 to " + model.context() + " characters.");
        }
        if (steps < 1 || steps > Sampling.MAX_STEPS) {
            throw new IllegalArgumentException("Steps must be a whole number from 1 to " + Sampling.MAX_STEPS + ".");
        }
        SplittableRandom random = new SplittableRandom(seed);
        CharDecoder.Cache cache = model.cache();
        float[] logits = null;
        for (int id : prompt) {
            logits = cache.feed(id);
        }
        int[] text = Arrays.copyOf(prompt, prompt.length + steps);
        int length = prompt.length;
        List<Step> written = new ArrayList<>(steps);
        for (int s = 0; s < steps; s++) {
            List<Sampling.Candidate> candidates = sampling.candidates(logits);
            Sampling.Candidate chosen = Sampling.draw(candidates, random);
            Step step = new Step(candidates, chosen, logits);
            written.add(step);
            onStep.accept(step);
            text[length++] = chosen.id();
            if (s + 1 < steps) {
                logits = cache.length() < model.context() ? cache.feed(chosen.id())
                        : model.nextLogits(Arrays.copyOf(text, length));
            }
        }
        return List.copyOf(written);
    }
}
