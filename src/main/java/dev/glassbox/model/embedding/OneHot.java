package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Dense instead of one-hot: a word w of rank r is the one-hot vector x ∈ {0, 1}^V with a single 1 at r; multiplying
 * it by the embedding matrix E (V × d) picks one row, xᵀE = E[r], because every other row is multiplied by 0. So a
 * lookup is a matrix product that need not be computed — and two different one-hot vectors always have dot product
 * 0, while their rows of E can be compared.
 *
 * <p>Source: Jurafsky and Martin, "Speech and Language Processing" (3rd ed. draft), §7.3 (one-hot vectors times
 * the embedding matrix E select a row).
 *
 * <p>Legend: V = vocabulary size, d = dimensions.
 */
public final class OneHot {

    public static final String ONE_HOT = "one-hot";
    public static final String PRODUCT = "product";
    public static final String ROW = "row";

    /** How many entries of each vector the worked example lists. */
    public static final int SHOWN = 8;

    /**
     * The worked example for one word.
     *
     * @param ones       how many entries of the one-hot vector are 1 (always 1)
     * @param product    xᵀE computed in full, Σᵢ xᵢ E[i][j] over all V rows  // (d)
     * @param row        E[r], looked up  // (d)
     * @param difference the largest |product − row| over the d numbers (0: the product is the row)
     */
    public record Result(WordVector word, int vocabulary, int ones, double[] product, double[] row, double difference,
            Trace trace) {
        public Result {
            product = product.clone();
            row = row.clone();
        }

        @Override
        public double[] product() {
            return product.clone();
        }

        @Override
        public double[] row() {
            return row.clone();
        }
    }

    private OneHot() {
    }

    /** Multiplies {@code word}'s one-hot vector by the whole embedding matrix and compares with its row. */
    public static Result of(GloveVectors vectors, WordVector word) {
        return of(vectors, word, Language.ENGLISH);
    }

    /** The same, its steps told in {@code language}. */
    public static Result of(GloveVectors vectors, WordVector word, Language language) {
        int size = vectors.size(), d = vectors.dimensions(), r = word.rank();
        // 1) the one-hot vector: V numbers, one 1 at the word's row
        double[] x = new double[size]; // (V)
        x[r] = 1;
        int ones = 0;
        for (double xi : x) {
            ones += xi == 1 ? 1 : 0;
        }
        // 2) the product xᵀE, every one of the V·d multiply-adds done (a hand loop over the stored rows)
        float[] e = vectors.rows(); // (V·d)
        double[] product = new double[d]; // (d)
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < d; j++) {
                product[j] += x[i] * e[i * d + j];
            }
        }
        // 3) the row, looked up directly
        double[] row = word.values(); // (d)
        double difference = 0;
        for (int j = 0; j < d; j++) {
            difference = Math.max(difference, Math.abs(product[j] - row[j]));
        }

        String w = word.word();
        String rank = Words.count(language, r + 1);
        String total = Words.count(language, size);
        List<List<Object>> oneHotRows = new ArrayList<>();
        for (int i : shownRows(r, size)) {
            oneHotRows.add(List.of(Words.count(language, i + 1), vectors.word(i), x[i]));
        }
        List<List<Object>> compare = new ArrayList<>();
        for (int j = 0; j < Math.min(SHOWN, d); j++) {
            compare.add(List.of(Words.line(language, "dimension", "n", j + 1), product[j], row[j]));
        }
        Trace trace = Trace.builder()
                .add(ONE_HOT, Words.line(language, "onehot-x-title", "word", w),
                        "x ∈ {0, 1}" + scripts(size, SUPERSCRIPTS) + ",  x" + scripts(r + 1, SUBSCRIPTS) + " = 1",
                        Words.line(language, "onehot-x-one", "total", total, "ones", ones, "row", rank, "word", w,
                                "zeros", Words.count(language, size - ones)),
                        List.of(), new Value.Table(List.of(Words.line(language, "column-row"),
                                Words.line(language, "column-word"), "x"), oneHotRows))
                .add(PRODUCT, Words.line(language, "onehot-product-title"),
                        Words.line(language, "onehot-product-equation", "total", total, "dimensions", d),
                        Words.line(language, "onehot-product", "multiplications", Words.count(language, (long) size * d),
                                "row", rank),
                        List.of(ONE_HOT), new Value.Vector(product, NearestNeighbours.dimensionLabels(d, language)))
                .add(ROW, Words.line(language, "onehot-row-title"), "xᵀE = E[" + rank + "]",
                        Words.line(language, "onehot-row", "shown", Math.min(SHOWN, d), "word", w, "dimensions", d,
                                "difference", Words.decimals(language, String.valueOf(difference))),
                        List.of(PRODUCT), new Value.Table(List.of(Words.line(language, "column-dimension"), "xᵀE",
                                "E[" + rank + "]"), compare))
                .build();
        return new Result(word, size, ones, product, row, difference, trace);
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹", SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    /** A whole number written with super- or subscript digits, e.g. 5140 → ₅₁₄₀. */
    private static String scripts(int n, String digits) {
        StringBuilder out = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            out.append(digits.charAt(ch - '0'));
        }
        return out.toString();
    }

    /** The word's row and up to two rows either side of it. */
    private static List<Integer> shownRows(int r, int size) {
        List<Integer> rows = new ArrayList<>();
        for (int i = Math.max(0, r - 2); i <= Math.min(size - 1, r + 2); i++) {
            rows.add(i);
        }
        return rows;
    }
}
