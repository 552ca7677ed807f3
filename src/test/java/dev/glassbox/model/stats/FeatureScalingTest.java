package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FeatureScalingTest {

    /** Double sums of six terms agree with NumPy's to a few ulps. */
    private static final double TOLERANCE = 1e-9;

    @Test
    void an_input_that_does_not_vary_is_left_out() {
        // "cat dog cow": one vowel each, so only the position can be standardised.
        FeatureScaling.Result r = FeatureScaling.ofWords(WordFeatures.ofText("cat dog cow"));
        assertThat(r.inputs()).containsExactly("position");
        assertThat(r.standardised().converged()).isTrue();
    }

    @Test
    void standardised_inputs_converge_in_far_fewer_steps_to_the_same_best_loss() {
        // "Tiny words beside extraordinarily long ones": length y = 4, 5, 6, 15, 4, 4 from vowels 2, 1, 3, 7, 1, 2 and
        // position 1…6. Reference: the same gradient descent written independently in NumPy (η = 1 / max eigvalsh(H),
        // L* from numpy.linalg.lstsq, stop at L* + 1e-6 (L₀ − L*)) prints, raw: 683 steps, κ = 159.90361378317604,
        // L* = 0.6117855336368236, L₀ = 27.833333333333332, η = 0.04175803257537844; standardised: 4 steps,
        // κ = 1.2099133438222005, the same L*.
        WordFeatures wf = WordFeatures.of(WordFeatures.words("Tiny words beside extraordinarily long ones"));
        FeatureScaling.Result r = FeatureScaling.ofWords(wf);
        assertThat(r.inputs()).containsExactly("vowels (a, e, i, o, u, y)", "position");
        assertThat(r.raw().steps()).isEqualTo(683);
        assertThat(r.raw().converged()).isTrue();
        assertThat(r.raw().condition()).isCloseTo(159.90361378317604, within(1e-6));
        assertThat(r.raw().rate()).isCloseTo(0.04175803257537844, within(TOLERANCE));
        assertThat(r.raw().bestLoss()).isCloseTo(0.6117855336368236, within(TOLERANCE));
        assertThat(r.raw().losses().getFirst()).isCloseTo(27.833333333333332, within(TOLERANCE));
        assertThat(r.standardised().steps()).isEqualTo(4);
        assertThat(r.standardised().condition()).isCloseTo(1.2099133438222005, within(1e-9));
        // Invariant: standardising moves and rescales the inputs only, so the best fit is equally good.
        assertThat(r.standardised().bestLoss()).isCloseTo(r.raw().bestLoss(), within(TOLERANCE));
        // Invariant: gradient descent with η = 1 / λ_max never increases the loss of a quadratic.
        for (int i = 1; i < r.raw().losses().size(); i++) {
            assertThat(r.raw().losses().get(i)).isLessThanOrEqualTo(r.raw().losses().get(i - 1));
        }
    }
}
