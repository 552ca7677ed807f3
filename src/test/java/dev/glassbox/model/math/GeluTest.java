package dev.glassbox.model.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class GeluTest {

    @Test
    void the_lanes_agree_with_one_at_a_time_to_a_float_ulp() {
        // the Maven build adds jdk.incubator.vector to the tests' JVM (pom.xml's argLine)
        assumeTrue(MatMul.vectorAvailable(), "the Vector API module is not in this run");
        Random random = new Random(5);
        float[] u = new float[10_003]; // not a multiple of any lane count: the tail goes one at a time
        for (int i = 0; i < u.length; i++) {
            u[i] = (float) (random.nextGaussian() * 4);
        }
        u[0] = 0f;
        u[1] = -0f;
        u[2] = 40f;
        u[3] = -40f;
        u[4] = Float.MIN_VALUE;
        float[] lanes = new float[u.length];
        float[] single = new float[u.length];
        VectorGelu.apply(u, lanes);
        Gelu.reference(u, single, 0);
        for (int i = 0; i < u.length; i++) {
            assertThat(lanes[i]).as("GELU(%s)", u[i]).isCloseTo(single[i], within(Math.ulp(single[i])));
        }
    }

    @Test
    void matches_commons_math_erf() {
        // Expected: u · ½ · (1 + erf(u/√2)) with Commons Math's erf; formula 7.1.26 is within 1.5e-7 of it
        for (double u = -6; u <= 6; u += 0.125) {
            float[] out = new float[1];
            Gelu.apply(new float[] {(float) u}, out);
            double expected = u * 0.5 * (1 + Erf.erf(u / Math.sqrt(2)));
            assertThat((double) out[0]).isCloseTo(expected, within(Math.abs(u) * 1e-7 + 1e-6));
        }
    }
}
