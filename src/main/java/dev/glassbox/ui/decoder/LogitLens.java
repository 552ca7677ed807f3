package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The logit lens (nostalgebraist 2020) on the learner's text: for every position, the character the model would
 * put first if it stopped after 0 (the embeddings alone), 1, … L blocks — the final LayerNorm and the unembedding
 * applied to the residual stream there ({@link CharDecoder#lens}). Row L is the model's own guess.
 */
final class LogitLens {

    private final DecoderReading reading;
    private final int[][] top;          // (L+1, T) the first character's id
    private final double[][] probability; // (L+1, T) its probability

    LogitLens(DecoderReading reading) {
        this.reading = reading;
        CharDecoder model = reading.model();
        int layers = model.shape().layers();
        top = new int[layers + 1][reading.size()];
        probability = new double[layers + 1][reading.size()];
        for (int l = 0; l <= layers; l++) {
            float[][] logits = l == layers ? reading.run().logits() : model.lens(reading.run(), l); // (T, V)
            for (int t = 0; t < reading.size(); t++) {
                double[] p = DecoderReading.softmax(logits[t]);
                int best = 0;
                for (int j = 1; j < p.length; j++) {
                    if (p[j] > p[best]) {
                        best = j;
                    }
                }
                top[l][t] = best;
                probability[l][t] = p[best];
            }
        }
    }

    /** L + 1: the embeddings and the stream after each block. */
    int rows() {
        return top.length;
    }

    /** The id of the first guess after {@code layer} blocks at position t. */
    int top(int layer, int t) {
        return top[layer][t];
    }

    double probability(int layer, int t) {
        return probability[layer][t];
    }

    /** How a row is named: x⁰ is the embeddings, xˡ the stream after block l − 1. */
    String rowLabel(int layer) {
        String x = "x" + DecoderTrace.superscript(layer);
        if (layer == 0) {
            return Texts.decoder("lens-row-embeddings", "x", x);
        }
        return layer == rows() - 1 ? Texts.decoder("lens-row-final", "x", x)
                : Texts.decoder("lens-row-after", "x", x, "l", layer - 1);
    }

    /** At how many positions the first guess after {@code layer} blocks is already the model's final one. */
    int agreeing(int layer) {
        int n = 0;
        for (int t = 0; t < reading.size(); t++) {
            n += top[layer][t] == top[rows() - 1][t] ? 1 : 0;
        }
        return n;
    }

    /** At how many of the first T − 1 positions (whose next character the text shows) the guess is that character. */
    int right(int layer) {
        int n = 0;
        for (int t = 0; t + 1 < reading.size(); t++) {
            n += top[layer][t] == reading.id(t + 1) ? 1 : 0;
        }
        return n;
    }

    /** The grid as a matrix: rows = layers, columns = positions, values = the first guess's probability. */
    Value.Matrix matrix() {
        List<String> rowLabels = new ArrayList<>();
        for (int l = 0; l < rows(); l++) {
            rowLabels.add(rowLabel(l));
        }
        return new Value.Matrix(probability, rowLabels, reading.positionLabels());
    }

    /** The first guess of each cell, as the grid writes it. */
    List<List<String>> characters() {
        List<String> vocabulary = reading.vocabularyLabels();
        List<List<String>> rows = new ArrayList<>();
        for (int[] row : top) {
            List<String> cells = new ArrayList<>();
            for (int id : row) {
                cells.add(vocabulary.get(id));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** One sentence per fact, computed: how early the guesses settle, and how often each row is right. */
    String summary() {
        int n = reading.size();
        int last = rows() - 1;
        List<String> agree = new ArrayList<>();
        for (int l = 0; l < last; l++) {
            agree.add(l == 0 ? Texts.decoder("lens-agree-embeddings", "k", agreeing(l), "n", n)
                    : Texts.decoder("lens-agree-after", "k", agreeing(l), "n", n, "l", l - 1,
                            "x", "x" + DecoderTrace.superscript(l)));
        }
        String s = Texts.decoder("lens-agree", "list", String.join(", ", agree));
        if (n > 1) {
            List<String> right = new ArrayList<>();
            for (int l = 0; l <= last; l++) {
                right.add(Texts.decoder("lens-right-at", "k", right(l), "x", "x" + DecoderTrace.superscript(l)));
            }
            s += " " + Texts.decoder(n - 1 == 1 ? "lens-right-one" : "lens-right-other", "n", n - 1,
                    "list", Texts.list(right));
        }
        return s;
    }
}
