package dev.glassbox.model.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class ErrorFunctionTest {

    @Property
    void agrees_with_commons_math_within_the_published_bound(@ForAll @DoubleRange(min = -8, max = 8) double x) {
        // Expected: Commons Math 3.6.1 Erf.erf (incomplete gamma), an independent implementation.
        assertThat(ErrorFunction.erf(x)).isCloseTo(Erf.erf(x), within(ErrorFunction.MAX_ERROR));
    }

    @Test
    void is_odd_and_known_at_one() {
        // erf(1) = 0.8427007929497149 (Abramowitz & Stegun, Table 7.1)
        assertThat(ErrorFunction.erf(1)).isCloseTo(0.8427007929497149, within(ErrorFunction.MAX_ERROR));
        assertThat(ErrorFunction.erf(-0.5)).isEqualTo(-ErrorFunction.erf(0.5));
        assertThat(ErrorFunction.erf(0)).isCloseTo(0, within(1e-9));
    }
}
