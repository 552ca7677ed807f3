package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Generation;
import dev.glassbox.model.decoder.Sampling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@link Generation#generate} taken apart so that a view can do it a slice at a time: the same key/value cache, the
 * same draws from a generator seeded the same way, so the text is exactly the one {@code generate} writes for the
 * same prompt, settings and seed (a test checks this). Each character written keeps the number u in [0, 1) its draw
 * used, read from a second generator that runs in step with the first. Not thread-safe: one view owns it.
 */
final class GenerateRun {

    private final CharDecoder model;
    private final int[] prompt;  // (P) character ids
    private final Sampling sampling;
    private final long seed;
    private final SplittableRandom random;
    private final SplittableRandom shadow; // the same sequence as random, read before each draw to know its u
    private final CharDecoder.Cache cache;
    private final List<Generation.Step> steps = new ArrayList<>();
    private final List<Double> us = new ArrayList<>();
    private int[] text;   // prompt followed by the written characters
    private int fed;      // prompt characters read so far
    private float[] next; // logits of the character after the text, once known

    /** @param prompt 1 … N character ids */
    GenerateRun(CharDecoder model, int[] prompt, Sampling sampling, long seed) {
        if (prompt.length < 1 || prompt.length > model.context()) {
            throw new IllegalArgumentException("The prompt must have 1 to " + model.context() + " characters.");
        }
        this.model = model;
        this.prompt = prompt.clone();
        this.sampling = sampling;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.shadow = new SplittableRandom(seed);
        this.cache = model.cache();
        this.text = prompt.clone();
    }

    /** Whether this run writes what a new one with these arguments would write. */
    boolean writes(int[] otherPrompt, Sampling otherSampling, long otherSeed) {
        return Arrays.equals(prompt, otherPrompt) && sampling.equals(otherSampling) && seed == otherSeed;
    }

    int[] prompt() {
        return prompt.clone();
    }

    Sampling sampling() {
        return sampling;
    }

    long seed() {
        return seed;
    }

    /** How many characters have been written. */
    int written() {
        return steps.size();
    }

    /** Step {@code i} (0-based): the distribution the character was drawn from, and the character. */
    Generation.Step step(int i) {
        return steps.get(i);
    }

    /** The uniform number in [0, 1) that drew character {@code i}. */
    double u(int i) {
        return us.get(i);
    }

    /** The ids of the characters written so far. */
    int[] writtenIds() {
        return Arrays.copyOfRange(text, prompt.length, text.length);
    }

    /** Whether the prompt has been read and the distribution of the first character is known. */
    boolean started() {
        return fed == prompt.length;
    }

    /** The logits of the first character to be written (after the whole prompt); call once {@link #started()}. */
    float[] firstLogits() {
        if (!started()) {
            throw new IllegalStateException("the prompt has not been read yet");
        }
        return written() == 0 ? next.clone() : steps.getFirst().logits();
    }

    /**
     * Reads the prompt and writes characters until {@code target} are written or {@code deadline} ({@link
     * System#nanoTime()}) has passed; at least one unit of work (one character read or written) is done if any is
     * left, so that every call makes progress.
     *
     * @return whether the prompt is read and {@code target} characters are written
     */
    boolean advance(int target, long deadline) {
        boolean first = true;
        while ((!started() || written() < target) && (first || System.nanoTime() < deadline)) {
            first = false;
            if (fed < prompt.length) {
                next = cache.feed(prompt[fed++]);
            } else {
                write();
            }
        }
        return started() && written() >= target;
    }

    /** One step of {@link Generation#generate}: reshape, draw, append. */
    private void write() {
        if (next == null) {
            // the character written last has not been read yet: as generate does, by the cache while it has room
            next = cache.length() < model.context() ? cache.feed(text[text.length - 1]) : model.nextLogits(text);
        }
        List<Sampling.Candidate> candidates = sampling.candidates(next);
        double u = shadow.nextDouble();
        Sampling.Candidate chosen = Sampling.draw(candidates, random);
        steps.add(new Generation.Step(candidates, chosen, next));
        us.add(u);
        text = Arrays.copyOf(text, text.length + 1);
        text[text.length - 1] = chosen.id();
        next = null;
    }
}
