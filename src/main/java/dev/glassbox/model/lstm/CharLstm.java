package dev.glassbox.model.lstm;

import dev.glassbox.model.text.LearnerText;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lesson's character language model: {@link CharVocabulary} → one-hot x_t → {@link LstmLayer} (H units,
 * from zero state) → {@link NextCharacterReadout} giving p(x_{t+1} | x_1 … x_t) after every character. The
 * weights were trained in this project on public-domain Moby-Dick text ({@code dev.glassbox.training}).
 */
public final class CharLstm {

    static final String WEIGHTS = "/lstm/moby-dick-char-lstm.bin";
    static final String CARD = "/lstm/training-report.properties";
    /** Bytes of recent readings kept: about 15 sentences of 60 characters (a reading of T characters is ~37 kB·T). */
    static final long CACHE_BYTES = 32L << 20;

    private final LstmWeights weights;
    private final LstmModelCard card;
    private final LstmLayer layer;
    private final NextCharacterReadout readout;
    private final ReadingCache cache = new ReadingCache(CACHE_BYTES);

    public CharLstm(LstmWeights weights, LstmModelCard card) {
        this.weights = weights;
        this.card = card;
        this.layer = new LstmLayer(weights);
        this.readout = new NextCharacterReadout(weights);
    }

    /**
     * Reads the committed model from the class path. The app loads it once, as a Spring bean that the lesson, its
     * home-page card and the API share; each call here reads the files again.
     */
    public static CharLstm load() {
        try (InputStream w = new BufferedInputStream(resource(WEIGHTS)); InputStream c = resource(CARD)) {
            return new CharLstm(LstmWeights.read(w), LstmModelCard.read(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CharLstm.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    public LstmWeights weights() {
        return weights;
    }

    public LstmModelCard card() {
        return card;
    }

    public CharVocabulary vocabulary() {
        return weights.vocabulary();
    }

    public String name() {
        return weights.name();
    }

    /**
     * Reads a learner's text character by character; a text read recently (with the same what-if) is not read again
     * (readings are never changed, so one is shared).
     *
     * @throws dev.glassbox.model.text.InvalidInputException when the text is empty or too long
     */
    public LstmReading read(String text, WhatIf whatIf) {
        LearnerText.require(text);
        return cache.get(text, whatIf, () -> readUncached(text, whatIf));
    }

    /** Recently read texts kept. */
    int cached() {
        return cache.size();
    }

    private LstmReading readUncached(String text, WhatIf whatIf) {
        // 1) characters → indices (unknown characters → index 0)
        int[] xs = vocabulary().encode(text); // (T)
        List<String> tokens = text.codePoints().mapToObj(Character::toString).toList();
        // 2) the recurrence, from zero state
        List<LstmStep> steps = layer.run(xs, whatIf);
        // 3) next-character probabilities after every step
        List<double[]> p = new ArrayList<>(steps.size()); // (T, V)
        List<double[]> y = new ArrayList<>(steps.size()); // (T, V)
        for (LstmStep step : steps) {
            double[] logits = readout.logits(step.h());
            y.add(logits);
            p.add(NextCharacterReadout.softmax(logits));
        }
        return new LstmReading(vocabulary(), tokens, xs, steps, y, p, whatIf);
    }
}
