package dev.glassbox.model.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The value of one step: a small closed family, each kind carrying its shape and axis labels so that one
 * generic renderer can draw any step.
 */
public sealed interface Value {

    /** The shape, outermost axis first: {@code []} for a scalar, {@code [n]} for a vector, {@code [rows, cols]}. */
    int[] shape();

    /** One number, with an optional unit ("" when none). */
    record Scalar(double value, String unit) implements Value {
        public Scalar {
            Objects.requireNonNull(unit);
        }

        public Scalar(double value) {
            this(value, "");
        }

        @Override
        public int[] shape() {
            return new int[0];
        }
    }

    /** A vector of numbers; {@code labels} names each entry (e.g. dimensions) or is empty. */
    record Vector(double[] values, List<String> labels) implements Value {
        public Vector {
            values = values.clone();
            labels = List.copyOf(labels);
            if (!labels.isEmpty() && labels.size() != values.length) {
                throw new IllegalArgumentException("labels " + labels.size() + " != values " + values.length);
            }
        }

        public Vector(double[] values) {
            this(values, List.of());
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double get(int index) {
            return values[index];
        }

        public int size() {
            return values.length;
        }

        @Override
        public int[] shape() {
            return new int[] {values.length};
        }
    }

    /** A matrix whose rows and columns carry labels (tokens, dimensions); labels may be empty lists. */
    record Matrix(double[][] values, List<String> rowLabels, List<String> columnLabels) implements Value {
        public Matrix {
            int columns = values.length == 0 ? 0 : values[0].length;
            double[][] copy = new double[values.length][];
            for (int r = 0; r < values.length; r++) {
                if (values[r].length != columns) {
                    throw new IllegalArgumentException("ragged matrix at row " + r);
                }
                copy[r] = values[r].clone();
            }
            values = copy;
            rowLabels = List.copyOf(rowLabels);
            columnLabels = List.copyOf(columnLabels);
            if (!rowLabels.isEmpty() && rowLabels.size() != values.length) {
                throw new IllegalArgumentException("row labels " + rowLabels.size() + " != rows " + values.length);
            }
            if (!columnLabels.isEmpty() && columnLabels.size() != columns) {
                throw new IllegalArgumentException("column labels " + columnLabels.size() + " != columns " + columns);
            }
        }

        @Override
        public double[][] values() {
            double[][] copy = new double[values.length][];
            for (int r = 0; r < values.length; r++) {
                copy[r] = values[r].clone();
            }
            return copy;
        }

        public double get(int row, int column) {
            return values[row][column];
        }

        public int rows() {
            return values.length;
        }

        public int columns() {
            return values.length == 0 ? 0 : values[0].length;
        }

        @Override
        public int[] shape() {
            return new int[] {rows(), columns()};
        }
    }

    /** A list of token texts, each with its id ({@code null} where the tokenizer has no vocabulary). */
    record TokenList(List<String> texts, List<Integer> ids) implements Value {
        public TokenList {
            texts = List.copyOf(texts);
            ids = Collections.unmodifiableList(new ArrayList<>(ids));
            if (ids.size() != texts.size()) {
                throw new IllegalArgumentException("ids " + ids.size() + " != texts " + texts.size());
            }
        }

        @Override
        public int[] shape() {
            return new int[] {texts.size()};
        }
    }

    /** A table of cells, each a {@link String} or a {@link Number}, under named columns. */
    record Table(List<String> columns, List<List<Object>> rows) implements Value {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> List.copyOf(row)).toList();
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + columns.size() + " columns");
                }
                for (Object cell : row) {
                    if (!(cell instanceof String) && !(cell instanceof Number)) {
                        throw new IllegalArgumentException("cell is neither text nor number: " + cell);
                    }
                }
            }
        }

        @Override
        public int[] shape() {
            return new int[] {rows.size(), columns.size()};
        }
    }
}
