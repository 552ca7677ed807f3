package dev.glassbox.ui.seq2seq;

import dev.glassbox.model.math.Softmax;
import dev.glassbox.model.seq2seq.DateReading;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.ViewCompute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The translator's work on one text, with what the lesson needs to show it: the greedy translation, what the text
 * is (a trained format, a wrong weekday, …), each step's probabilities, and the attention rows of any layer and head
 * up to any step. Knows nothing of Vaadin, so its numbers and sentences are tested without a browser.
 */
final class TranslateReading {

    /** One candidate token at a step: its id, how it is shown, and its probability. */
    record Candidate(int id, String token, double probability) {
    }

    private final Seq2SeqTransformer model;
    private final String text;
    private final List<String> typed;                  // (S) the characters as typed
    private final Seq2SeqTransformer.Translation translation;
    private final DateReading.Result date;
    private final double[][] p;                         // (O, V) each step's distribution

    private TranslateReading(Seq2SeqTransformer model, String text) {
        this.model = model;
        this.text = text;
        this.typed = text.codePoints().mapToObj(Character::toString).toList();
        this.translation = ViewCompute.run(() -> model.translate(text));
        this.date = DateReading.read(text);
        float[][] logits = translation.decoding().logits();
        p = new double[logits.length][];
        for (int j = 0; j < logits.length; j++) {
            p[j] = Softmax.of(logits[j]);
        }
    }

    /**
     * Reads {@code text}.
     *
     * @throws InvalidInputException when the text is empty or longer than the model reads
     */
    static TranslateReading of(Seq2SeqTransformer model, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(TranslateSentences.say("empty"));
        }
        LearnerText.require(text);
        int characters = text.codePointCount(0, text.length());
        if (characters > Seq2SeqTransformer.MAX_SOURCE) {
            throw new InvalidInputException(TranslateSentences.say("too-long", "n", characters,
                    "max", Seq2SeqTransformer.MAX_SOURCE));
        }
        return new TranslateReading(model, text);
    }

    Seq2SeqTransformer model() {
        return model;
    }

    String text() {
        return text;
    }

    Seq2SeqTransformer.Translation translation() {
        return translation;
    }

    DateReading.Result date() {
        return date;
    }

    /** How many tokens the model wrote, the end token included. */
    int steps() {
        return translation.output().length;
    }

    /** {@code step} brought into 1 … {@link #steps()}. */
    int clamp(int step) {
        return Math.max(1, Math.min(steps(), step));
    }

    /** The source characters as the figures label them: a space as ␣, an unknown character as typed. */
    List<String> sourceLabels() {
        return typed.stream().map(c -> c.equals(" ") ? "␣" : c).toList();
    }

    /** The source ids. */
    List<Integer> sourceIds() {
        return Arrays.stream(translation.encoding().source()).boxed().toList();
    }

    /** The tokens written in steps 1 … step. */
    List<String> written(int step) {
        return IntStream.range(0, step).mapToObj(j -> Seq2SeqVocabulary.token(translation.output()[j])).toList();
    }

    /** What the decoder reads in steps 1 … step: {@code <s>} and the tokens written before each step. */
    List<String> read(int step) {
        return IntStream.range(0, step).mapToObj(j -> Seq2SeqVocabulary.token(translation.decoding().input()[j])).toList();
    }

    /** The distribution token {@code step} was chosen from (step 1 … steps()). */
    double[] probabilities(int step) {
        return p[step - 1].clone();
    }

    /** The k most likely tokens at a step, most likely first (ties: the smaller id first). */
    List<Candidate> top(int step, int k) {
        double[] q = p[step - 1];
        return IntStream.range(0, q.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -q[j]).thenComparing(j -> j))
                .limit(k).map(j -> new Candidate(j, Seq2SeqVocabulary.token(j), q[j])).toList();
    }

    /** The decoder's cross-attention of one layer and head, rows of steps 1 … step: (step, S). */
    float[][] cross(int layer, int head, int step) {
        return Arrays.copyOf(translation.decoding().layers().get(layer).cross().weights()[head], step);
    }

    /** The decoder's causal self-attention of one layer and head, steps 1 … step: (step, step). */
    float[][] self(int layer, int head, int step) {
        float[][] w = translation.decoding().layers().get(layer).self().weights()[head];
        float[][] out = new float[step][];
        for (int i = 0; i < step; i++) {
            out[i] = Arrays.copyOf(w[i], step);
        }
        return out;
    }

    /** The encoder's self-attention of one layer and head: (S, S). */
    float[][] encoder(int layer, int head) {
        return translation.encoding().layers().get(layer).self().weights()[head];
    }

    /** Every decoder layer's and head's cross-attention row at one step: (layers × heads, S). */
    float[][] allCross(int step) {
        List<float[]> rows = new ArrayList<>();
        for (Seq2SeqTransformer.DecoderLayer layer : translation.decoding().layers()) {
            for (float[][] head : layer.cross().weights()) {
                rows.add(head[step - 1].clone());
            }
        }
        return rows.toArray(float[][]::new);
    }

    /** Labels of {@link #allCross}'s rows: "layer 0, head 0" … in the page's language. */
    List<String> headLabels() {
        List<String> labels = new ArrayList<>();
        for (int l = 0; l < model.shape().decoderLayers(); l++) {
            for (int h = 0; h < model.shape().heads(); h++) {
                labels.add(TranslateSentences.say("head-row", "layer", l, "head", h));
            }
        }
        return labels;
    }

    /** The source positions of the largest weights in a row, largest first (ties: the earlier position). */
    static List<Integer> strongest(float[] row, int k) {
        return IntStream.range(0, row.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -row[j]).thenComparing(j -> j))
                .limit(k).toList();
    }
}
