package dev.glassbox.ui.base;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A figure's data as one compact JSON text, the form in which every figure element ({@code Glassbox.Element} in
 * {@code frontend/base.js}) receives it. Compact in two ways, neither losing anything:
 * <ul>
 * <li>a number that is a 32-bit float (every number the models compute, from their float weights) is written as
 * that float's shortest decimal form (0.56872 rather than 0.5687199831008911, which is the same float widened);
 * any other number as the double's shortest form; a whole number without ".0"; −∞, +∞ and NaN as the texts
 * "-Infinity", "Infinity", "NaN";</li>
 * <li>the text is plain ASCII (other characters escaped), so the server holds one byte per character until the page
 * is sent — a text property costs far less memory than a tree of JSON nodes, one per number.</li>
 * </ul>
 */
public final class FigureJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule("figure-numbers")
                    .addSerializer(Double.class, new Numbers())
                    .addSerializer(Double.TYPE, new Numbers())
                    .addSerializer(Float.class, new Numbers())
                    .addSerializer(Float.TYPE, new Numbers())
                    .addSerializer(double[].class, new DoubleArrays())
                    .addSerializer(float[].class, new FloatArrays()))
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private FigureJson() {
    }

    /** {@code data} (maps, lists, arrays, records, strings, numbers, booleans) as compact JSON text. */
    public static String of(Object data) {
        return JSON.writeValueAsString(data);
    }

    /** One number as it is written: see the class comment. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "\"NaN\"";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        }
        float f = (float) v;
        String s = f == v ? Float.toString(f) : Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static void write(double v, JsonGenerator gen) {
        String s = number(v);
        if (s.charAt(0) == '"') {
            gen.writeString(s.substring(1, s.length() - 1));
        } else {
            gen.writeNumber(s);
        }
    }

    /** A boxed double or float (a float widens to the same value, so it is written in its float form). */
    private static final class Numbers extends StdSerializer<Number> {
        Numbers() {
            super(Number.class);
        }

        @Override
        public void serialize(Number value, JsonGenerator gen, SerializationContext context) {
            write(value.doubleValue(), gen);
        }
    }

    private static final class DoubleArrays extends StdSerializer<double[]> {
        DoubleArrays() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializationContext context) {
            gen.writeStartArray(values, values.length);
            for (double v : values) {
                write(v, gen);
            }
            gen.writeEndArray();
        }
    }

    private static final class FloatArrays extends StdSerializer<float[]> {
        FloatArrays() {
            super(float[].class);
        }

        @Override
        public void serialize(float[] values, JsonGenerator gen, SerializationContext context) {
            gen.writeStartArray(values, values.length);
            for (float v : values) {
                write(v, gen);
            }
            gen.writeEndArray();
        }
    }
}
