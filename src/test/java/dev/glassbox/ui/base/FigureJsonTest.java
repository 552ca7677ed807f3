package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FigureJsonTest {

    /** The reference reader: Jackson's own parser, with no knowledge of how the text was written. */
    private static final JsonMapper READER = JsonMapper.builder().build();

    record Point(String label, double x) {
    }

    @Test
    void a_float_is_written_in_its_shortest_form_and_reads_back_as_the_same_float() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            float f = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-8, 8)));
            String text = FigureJson.number(f);
            assertThat(Float.parseFloat(text)).isEqualTo(f);
            assertThat(text.length()).isLessThanOrEqualTo(Float.toString(f).length());
        }
        // A model's float widened to a double: 17 significant digits as a double, 5 as the float it is.
        assertThat(FigureJson.number(0.56872f)).isEqualTo("0.56872");
    }

    @Test
    void a_number_that_is_no_float_keeps_every_digit_of_the_double() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double v = random.nextGaussian() * Math.pow(10, random.nextInt(-8, 8));
            if ((float) v != v) {
                assertThat(Double.parseDouble(FigureJson.number(v))).isEqualTo(v);
            }
        }
        assertThat(FigureJson.number(1.0 / 3)).isEqualTo("0.3333333333333333");
    }

    @Test
    void whole_numbers_lose_their_point_and_infinities_are_texts() {
        assertThat(FigureJson.number(2.0)).isEqualTo("2");
        assertThat(FigureJson.number(0.0)).isEqualTo("0");
        assertThat(FigureJson.number(1e10)).isEqualTo("1.0E10");
        assertThat(FigureJson.number(Double.NEGATIVE_INFINITY)).isEqualTo("\"-Infinity\"");
        assertThat(FigureJson.number(Double.POSITIVE_INFINITY)).isEqualTo("\"Infinity\"");
        assertThat(FigureJson.number(Double.NaN)).isEqualTo("\"NaN\"");
    }

    @Test
    void maps_lists_arrays_and_records_read_back_with_the_same_values_in_plain_ascii() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "matrix");
        data.put("values", new double[][] {{0.25, -1.0 / 3}, {Double.NEGATIVE_INFINITY, 0.1f}});
        data.put("weights", new float[] {0.5f, 0.1f});
        data.put("boxed", List.of(1.5, 2, 3L, 0.1f));
        data.put("summary", "Its largest value is at “1 T” — <b>ñ</b> \"quoted\" \u2028");
        data.put("points", List.of(new Point("a", 0.75)));
        data.put("flag", true);
        data.put("none", null);
        String text = FigureJson.of(data);
        assertThat(text.chars().allMatch(c -> c < 128)).isTrue();
        JsonNode read = READER.readTree(text);
        assertThat(read.get("kind").asString()).isEqualTo("matrix");
        assertThat(read.get("values").get(0).get(0).asDouble()).isEqualTo(0.25);
        assertThat(read.get("values").get(0).get(1).asDouble()).isEqualTo(-1.0 / 3);
        assertThat(read.get("values").get(1).get(0).asString()).isEqualTo("-Infinity");
        assertThat((float) read.get("values").get(1).get(1).asDouble()).isEqualTo(0.1f);
        assertThat((float) read.get("weights").get(1).asDouble()).isEqualTo(0.1f);
        assertThat(read.get("boxed").get(0).asDouble()).isEqualTo(1.5);
        assertThat(read.get("boxed").get(1).asInt()).isEqualTo(2);
        assertThat((float) read.get("boxed").get(3).asDouble()).isEqualTo(0.1f);
        assertThat(read.get("summary").asString()).isEqualTo((String) data.get("summary"));
        assertThat(read.get("points").get(0).get("label").asString()).isEqualTo("a");
        assertThat(read.get("points").get(0).get("x").asDouble()).isEqualTo(0.75);
        assertThat(read.get("flag").asBoolean()).isTrue();
        assertThat(read.get("none").isNull()).isTrue();
    }
}
