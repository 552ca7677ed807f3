package dev.glassbox.model.math;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained model's parameters: named 32-bit tensors stored row-major, in a fixed order given by their shapes.
 * Immutable: {@link #tensor(String)} returns a copy. Stored as the tensors' floats one after the other, big-endian.
 */
public final class NamedTensors {

    private final Map<String, float[]> tensors;

    /**
     * @param shapes  every tensor's name and (rows, columns), in file order
     * @param tensors every tensor of {@code shapes}, row-major
     */
    public NamedTensors(Map<String, int[]> shapes, Map<String, float[]> tensors) {
        Map<String, float[]> copy = new LinkedHashMap<>();
        shapes.forEach((key, dims) -> {
            float[] t = tensors.get(key);
            if (t == null || t.length != dims[0] * dims[1]) {
                throw new IllegalArgumentException("tensor missing or of the wrong size: " + key);
            }
            copy.put(key, t.clone());
        });
        this.tensors = copy;
    }

    /** The tensors' names in file order. */
    public List<String> names() {
        return new ArrayList<>(tensors.keySet());
    }

    /** A copy of one tensor, row-major. */
    public float[] tensor(String key) {
        float[] t = tensors.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no tensor " + key);
        }
        return t.clone();
    }

    /** How many numbers there are. */
    public long count() {
        return tensors.values().stream().mapToLong(t -> t.length).sum();
    }

    public void write(DataOutputStream out) throws IOException {
        for (float[] t : tensors.values()) {
            for (float x : t) {
                out.writeFloat(x);
            }
        }
    }

    public static NamedTensors read(DataInputStream in, Map<String, int[]> shapes) throws IOException {
        Map<String, float[]> tensors = new LinkedHashMap<>();
        for (var e : shapes.entrySet()) {
            float[] t = new float[e.getValue()[0] * e.getValue()[1]];
            for (int k = 0; k < t.length; k++) {
                t[k] = in.readFloat();
            }
            tensors.put(e.getKey(), t);
        }
        return new NamedTensors(shapes, tensors);
    }
}
