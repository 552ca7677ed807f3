package dev.glassbox.model.stats;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts of values in equal-width bins [lo + i·w, lo + (i+1)·w) (the last bin closed), and the density
 * scale count / (n·w) that makes the bars' total area 1 so that a density curve can be drawn over them.
 *
 * @param lo     the left edge of the first bin
 * @param width  the width w of every bin
 * @param counts how many values fall in each bin, {@code (bins)}
 * @param n      how many values in all
 */
public record Histogram(double lo, double width, int[] counts, int n) {

    public Histogram {
        counts = counts.clone();
    }

    /**
     * Bins {@code x} into {@code bins} equal bins spanning [lo, hi]; values outside are clamped into the first
     * or last bin.
     */
    public static Histogram of(double[] x, double lo, double hi, int bins) {
        if (bins < 1 || !(hi > lo)) {
            throw new IllegalArgumentException("need bins >= 1 and hi > lo");
        }
        double w = (hi - lo) / bins;
        int[] counts = new int[bins]; // (bins)
        for (double v : x) {
            int i = (int) Math.floor((v - lo) / w);
            counts[Math.max(0, Math.min(bins - 1, i))]++;
        }
        return new Histogram(lo, w, counts, x.length);
    }

    /** Bins {@code x} over its own range, with about √n bins (between 5 and 30). */
    public static Histogram of(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            lo -= 0.5;
            hi += 0.5;
        }
        int bins = (int) Math.max(5, Math.min(30, Math.round(Math.sqrt(x.length))));
        return of(x, lo, hi, bins);
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int bins() {
        return counts.length;
    }

    public double left(int i) {
        return lo + i * width;
    }

    public double right(int i) {
        return lo + (i + 1) * width;
    }

    /** count / (n·w): the bar height on the density scale. */
    public double density(int i) {
        return counts[i] / (n * width);
    }

    /** Bins as (left, right, count) rows, for a table. */
    public List<double[]> rows() {
        return IntStream.range(0, counts.length)
                .mapToObj(i -> new double[] {left(i), right(i), counts[i]}).toList();
    }
}
