package dev.glassbox.ui.base;

import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.trace.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/** The one-sentence summary of a value that every figure offers to screen readers and skimmers. */
public final class Summaries {

    private Summaries() {
    }

    private static LessonText text() {
        return PageLanguage.text("common");
    }

    public static String of(Value value) {
        return switch (value) {
            case Value.Scalar s -> s.unit().isEmpty() ? text().plain("summary-scalar", Map.of("value", number(s.value())))
                    : text().plain("summary-scalar-unit", Map.of("value", number(s.value()), "unit", s.unit()));
            case Value.Vector v -> vector(v);
            case Value.Matrix m -> matrix(m);
            case Value.TokenList t -> t.texts().size() == 1 ? text().plain("summary-one-token")
                    : text().plain("summary-tokens", Map.of("n", t.texts().size()));
            case Value.Table t -> text().plain(t.rows().size() == 1 ? "summary-table-one-row" : "summary-table",
                    Map.of("rows", t.rows().size(), "columns", t.columns().size()));
        };
    }

    private static String vector(Value.Vector v) {
        if (v.size() == 0) {
            return text().plain("summary-empty-vector");
        }
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < v.size(); i++) {
            if (v.get(i) < v.get(lo)) {
                lo = i;
            }
            if (v.get(i) > v.get(hi)) {
                hi = i;
            }
        }
        return text().plain("summary-vector", Map.of("n", v.size(), "low", number(v.get(lo)), "lowLabel", label(v, lo),
                "high", number(v.get(hi)), "highLabel", label(v, hi)));
    }

    private static String label(Value.Vector v, int i) {
        return v.labels().isEmpty() ? text().plain("summary-dimension", Map.of("i", i)) : v.labels().get(i);
    }

    private static String matrix(Value.Matrix m) {
        if (m.rows() == 0 || m.columns() == 0) {
            return text().plain("summary-empty-matrix");
        }
        int br = 0;
        int bc = 0;
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.columns(); c++) {
                if (m.get(r, c) > m.get(br, bc)) {
                    br = r;
                    bc = c;
                }
            }
        }
        String row = m.rowLabels().isEmpty() ? text().plain("summary-row", Map.of("i", br))
                : text().plain("summary-quoted", Map.of("label", m.rowLabels().get(br)));
        String col = m.columnLabels().isEmpty() ? text().plain("summary-column", Map.of("i", bc))
                : text().plain("summary-quoted", Map.of("label", m.columnLabels().get(bc)));
        return text().plain("summary-matrix", Map.of("rows", m.rows(), "columns", m.columns(),
                "value", number(m.get(br, bc)), "row", row, "column", col));
    }

    /**
     * A number as every view writes it (the browser's {@code Glassbox.number} in {@code frontend/base.js} writes the
     * same text): four decimals; see {@link #number(double, int)}.
     */
    public static String number(double x) {
        return number(x, 4);
    }

    /**
     * A number with {@code digits} decimals: whole numbers below 10⁹ as they are ({@code 12}); numbers below
     * 10^−digits or from 10⁶ on in scientific notation with {@code digits − 1} decimals (at least one) and a two-digit
     * exponent ({@code 1.235e+06}); {@code NaN}, {@code Infinity}. Rounds the exact binary value, halves away from
     * zero — as JavaScript's {@code toFixed} and {@code toExponential} do, so both sides agree digit for digit.
     */
    public static String number(double x, int digits) {
        return PageLanguage.decimals(exact(x, digits));
    }

    /**
     * {@link #number(double, int)} always with a full stop before the decimals, whatever the page's language: for
     * links, files and anything else read by a program.
     */
    public static String exact(double x, int digits) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return String.valueOf((long) x);
        }
        double a = Math.abs(x);
        BigDecimal exact = new BigDecimal(x);
        if (a != 0 && (a < Math.pow(10, -digits) || a >= 1e6)) {
            int decimals = Math.max(1, digits - 1);
            BigDecimal rounded = exact.round(new MathContext(decimals + 1, RoundingMode.HALF_UP));
            int exponent = rounded.precision() - rounded.scale() - 1;
            String mantissa = rounded.movePointLeft(exponent).setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
            String digitsOfExponent = String.valueOf(Math.abs(exponent));
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (digitsOfExponent.length() < 2 ? "0" : "") + digitsOfExponent;
        }
        return exact.setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }
}
