package dev.glassbox.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A table written as CSV (RFC 4180): a header row naming the columns, then one row per token or value, every line
 * ending in CRLF. A cell holding a comma, a quote, a line break or white space at either end is quoted (quotes inside
 * doubled); an empty text is written {@code ""} so that it differs from a missing value (an empty cell). Numbers are
 * written as JSON writes them — {@link Double#toString} and {@link Float#toString}, the shortest text that reads back
 * as the same number — so the CSV and the JSON answer carry the very same numbers; NaN and infinities are refused.
 *
 * <p>A row is given cell by cell; an array ({@code double[]}, {@code float[]}, {@code int[]}) or a collection among
 * the cells stands for its elements, one cell each, so a row can be "position, token, then the 384 numbers".
 */
final class CsvTable {

    private final List<String> columns;
    private final StringBuilder text = new StringBuilder();
    private int rows;

    private CsvTable(List<String> columns) {
        this.columns = List.copyOf(columns);
        appendLine(new ArrayList<>(columns));
    }

    /** A table with these columns; a collection among them stands for its elements (e.g. {@link #numbered}). */
    static CsvTable of(Object... columns) {
        List<Object> cells = flatten(columns);
        return new CsvTable(cells.stream().map(String::valueOf).toList());
    }

    /** Column names {@code prefix0, prefix1, …} for {@code n} numbered columns (e.g. dimensions d0…d383). */
    static List<String> numbered(String prefix, int n) {
        List<String> names = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            names.add(prefix + j);
        }
        return names;
    }

    /** Column names {@code prefix0:label0, prefix1:label1, …}: numbered, and naming what each column is about. */
    static List<String> labelled(String prefix, List<String> labels) {
        List<String> names = new ArrayList<>(labels.size());
        for (int j = 0; j < labels.size(); j++) {
            names.add(prefix + j + ":" + labels.get(j));
        }
        return names;
    }

    /** Appends one row; it must have exactly one cell per column. */
    CsvTable row(Object... cells) {
        List<Object> flat = flatten(cells);
        if (flat.size() != columns.size()) {
            throw new IllegalArgumentException("A row of " + flat.size() + " cells under " + columns.size() + " columns");
        }
        appendLine(flat);
        rows++;
        return this;
    }

    List<String> columns() {
        return columns;
    }

    /** How many rows under the header. */
    int rows() {
        return rows;
    }

    /** The whole table as CSV text. */
    String text() {
        return text.toString();
    }

    private void appendLine(List<Object> cells) {
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(j)));
        }
        text.append("\r\n");
    }

    /** One cell as RFC 4180 text. */
    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case Double d -> number(d);
            case Float f -> number(f);
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            default -> quoted(value.toString());
        };
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("The API never writes NaN or an infinity");
        }
        return Double.toString(v);
    }

    private static String number(float v) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException("The API never writes NaN or an infinity");
        }
        return Float.toString(v);
    }

    private static String quoted(String s) {
        boolean quote = s.isEmpty() || s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static List<Object> flatten(Object[] cells) {
        List<Object> flat = new ArrayList<>();
        for (Object c : cells) {
            switch (c) {
                case double[] a -> {
                    for (double v : a) {
                        flat.add(v);
                    }
                }
                case float[] a -> {
                    for (float v : a) {
                        flat.add(v);
                    }
                }
                case int[] a -> {
                    for (int v : a) {
                        flat.add(v);
                    }
                }
                case Collection<?> list -> flat.addAll(list);
                case null, default -> flat.add(c);
            }
        }
        return flat;
    }
}
