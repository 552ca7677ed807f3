package dev.glassbox.training;

/**
 * One trainable tensor stored row-major in a flat array, with a gradient of the same shape. Mutable by design:
 * training changes {@link #data} in place and accumulates into {@link #grad}.
 */
public final class Parameter {
    public final String name;
    public final int rows;
    public final int columns;
    public final double[] data; // (rows * columns)
    public final double[] grad; // (rows * columns)

    public Parameter(String name, int rows, int columns) {
        this.name = name;
        this.rows = rows;
        this.columns = columns;
        this.data = new double[rows * columns];
        this.grad = new double[rows * columns];
    }

    public int size() {
        return data.length;
    }

    public double get(int row, int column) {
        return data[row * columns + column];
    }

    /** The tensor as a fresh row-major matrix. */
    public double[][] toMatrix() {
        double[][] m = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(data, r * columns, m[r], 0, columns);
        }
        return m;
    }
}
