package dev.glassbox.training;

import java.util.HashMap;
import java.util.Map;

/**
 * A character n-gram model with interpolated absolute discounting (Ney, Essen &amp; Kneser 1994), the baseline the
 * LSTM must beat: P(c | u) = max(N(u,c) − D, 0)/N(u) + D·N₁₊(u,·)/N(u) · P(c | u′), where u′ drops the oldest
 * character of the context u; a context never seen falls back to P(c | u′) entirely; the order-1 model is
 * add-one smoothed, so no character of the vocabulary gets probability 0.
 */
public final class CharNGram {
    private final int order;
    private final int v;
    private final double discount;
    private final Map<Long, int[]> counts = new HashMap<>(); // context key -> (V) counts; key includes length
    private final int[] unigram; // (V)
    private long total;

    public CharNGram(int order, int v, double discount, int[] text) {
        this.order = order;
        this.v = v;
        this.discount = discount;
        this.unigram = new int[v];
        for (int t = 0; t < text.length; t++) {
            unigram[text[t]]++;
            total++;
            for (int n = 1; n < order && t - n >= 0; n++) {
                counts.computeIfAbsent(key(text, t - n, n), k -> new int[v])[text[t]]++;
            }
        }
    }

    private static long key(int[] text, int start, int length) {
        long key = length;
        for (int k = start; k < start + length; k++) {
            key = key * 131 + text[k] + 1;
        }
        return key;
    }

    /** P(text[t] | the up-to order−1 characters before it). */
    public double probability(int[] text, int t) {
        int c = text[t];
        double p = (unigram[c] + 1.0) / (total + v);
        for (int n = 1; n < order && t - n >= 0; n++) {
            int[] row = counts.get(key(text, t - n, n));
            if (row == null) {
                break;
            }
            long sum = 0;
            int distinct = 0;
            for (int x : row) {
                sum += x;
                if (x > 0) {
                    distinct++;
                }
            }
            p = Math.max(row[c] - discount, 0) / sum + discount * distinct / sum * p;
        }
        return p;
    }

    /** exp(mean −ln P) over every character of {@code text} after the first. */
    public double perplexity(int[] text) {
        double nll = 0;
        for (int t = 1; t < text.length; t++) {
            nll -= Math.log(probability(text, t));
        }
        return Math.exp(nll / (text.length - 1));
    }

    public int order() {
        return order;
    }
}
