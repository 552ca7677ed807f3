package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.math.Softmax;
import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.ViewCompute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The learner's text as the decoder reads it: at most the last N characters (N = the model's context), each as its
 * id (a character outside the vocabulary as the unknown one), and the forward pass over them with every
 * intermediate value.
 */
final class DecoderReading {

    /** One candidate next character: its id, how it is shown, and its probability. */
    record Prediction(int id, String character, double probability) {
    }

    private final CharDecoder model;
    private final String text;             // the learner's whole text
    private final int length;              // characters of the learner's whole text
    private final List<String> characters; // (T) the characters read, as typed
    private final int[] ids;               // (T)
    private final CharDecoder.Run run;
    private final double[][] p;            // (T, V) softmax of each row of the logits

    private DecoderReading(CharDecoder model, String text, int length, List<String> characters, int[] ids) {
        this.model = model;
        this.text = text;
        this.length = length;
        this.characters = List.copyOf(characters);
        this.ids = ids;
        this.run = ViewCompute.run(() -> model.run(ids));
        this.p = new double[ids.length][];
        for (int t = 0; t < ids.length; t++) {
            p[t] = softmax(run.logits()[t]);
        }
    }

    /**
     * Reads {@code text} (already within the app's limits): its last {@link CharDecoder#context()} characters.
     *
     * @throws dev.glassbox.model.text.InvalidInputException when the text is empty or too long for the app
     */
    static DecoderReading of(CharDecoder model, String text) {
        LearnerText.require(text);
        List<String> all = text.codePoints().mapToObj(Character::toString).toList();
        List<String> window = all.subList(Math.max(0, all.size() - model.context()), all.size());
        return new DecoderReading(model, text, all.size(), window, model.encode(String.join("", window)));
    }

    CharDecoder model() {
        return model;
    }

    /** The learner's whole text, as given. */
    String text() {
        return text;
    }

    CharDecoder.Run run() {
        return run;
    }

    /** T, the number of characters read. */
    int size() {
        return ids.length;
    }

    /** How many characters at the start of the learner's text were left out (0 when all fit). */
    int dropped() {
        return length - ids.length;
    }

    int id(int t) {
        return ids[t];
    }

    /** The characters read, as typed. */
    List<String> characters() {
        return characters;
    }

    /** The characters outside the vocabulary, each once, in order of first appearance. */
    List<String> unknown() {
        Set<String> seen = new LinkedHashSet<>();
        for (int t = 0; t < ids.length; t++) {
            if (ids[t] == CharVocabulary.UNKNOWN) {
                seen.add(characters.get(t));
            }
        }
        return List.copyOf(seen);
    }

    /** How many positions hold a character outside the vocabulary. */
    long unknownCount() {
        return IntStream.of(ids).filter(i -> i == CharVocabulary.UNKNOWN).count();
    }

    /** Position t's character as the model reads it: the unknown sign for an unknown one, ␣ for a space. */
    String label(int t) {
        return show(model.vocabulary().symbol(ids[t]));
    }

    /** A vocabulary entry as figures show it: a space as ␣. */
    static String show(String symbol) {
        return symbol.equals(" ") ? "␣" : symbol;
    }

    /** Labels of the positions for figure rows and columns: "1 T", "2 h", … */
    List<String> positionLabels() {
        return IntStream.range(0, size()).mapToObj(t -> (t + 1) + " " + label(t)).toList();
    }

    /** The vocabulary as figures show it, by id. */
    List<String> vocabularyLabels() {
        CharVocabulary v = model.vocabulary();
        return IntStream.range(0, v.size()).mapToObj(i -> show(v.symbol(i))).toList();
    }

    /** p(next character | characters 1 … t+1), the softmax of logits row t: V numbers summing to 1. */
    double[] probabilities(int t) {
        return p[t].clone();
    }

    /** The k most probable characters after position t, most probable first (ties: the smaller id first). */
    List<Prediction> top(int t, int k) {
        return top(p[t], k, vocabularyLabels());
    }

    static List<Prediction> top(double[] p, int k, List<String> labels) {
        return IntStream.range(0, p.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -p[j]).thenComparing(j -> j))
                .limit(k)
                .map(j -> new Prediction(j, labels.get(j), p[j]))
                .toList();
    }

    /** The softmax of one row of logits, in double precision (shifted by the maximum, which does not change it). */
    static double[] softmax(float[] logits) {
        return Softmax.of(logits);
    }

    /** The rows of a float matrix as doubles. */
    static double[][] doubles(float[][] m) {
        double[][] out = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            out[r] = new double[m[r].length];
            for (int c = 0; c < m[r].length; c++) {
                out[r][c] = m[r][c];
            }
        }
        return out;
    }

    /** Labels 1 … n for a dimension axis ("d1", "d2", …). */
    static List<String> dimensions(int n) {
        List<String> labels = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            labels.add("d" + i);
        }
        return labels;
    }
}
