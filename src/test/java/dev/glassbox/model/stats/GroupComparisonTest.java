package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupComparisonTest {

    @Test
    void the_seed_example_two_tests_on_different_scales() {
        // Test A: mean 75, σ 5 ({70, 80}); test B: mean 80, σ 10 ({70, 90}). 85 on A is z = 2, 90 on B is z = 1
        // (by hand: (85 − 75) / 5 and (90 − 80) / 10): the lower raw score is the more remarkable one.
        ZScoreTable a = ZScoreTable.of(new double[] {70, 80}, SdKind.POPULATION);
        ZScoreTable b = ZScoreTable.of(new double[] {70, 90}, SdKind.POPULATION);
        GroupComparison c = GroupComparison.of(a, 85, b, 90);
        assertThat(c.zA()).isCloseTo(2, within(1e-15));
        assertThat(c.zB()).isCloseTo(1, within(1e-15));
        assertThat(c.moreRemarkable()).isEqualTo(GroupComparison.Verdict.A);
        assertThat(GroupComparison.of(a, 65, b, 60).moreRemarkable()).isEqualTo(GroupComparison.Verdict.TIE);
    }

    @Test
    void two_columns_are_read_and_an_empty_score_means_the_groups_highest() {
        // A = 75, 80, 70, 85, 65: mean 75, σ = √50 = 7.0710678…, z(85) = 10 / √50 = 1.4142135623730951;
        // B = 40, 35, 45, 30, 50: mean 40, z(45) = 5 / √50 = 0.7071067811865476 (python3: 10 / math.sqrt(50), 5 / ...).
        String columns = "75, 40\n80, 35\n70, 45\n85, 30\n65, 50";
        GroupComparison c = GroupComparison.parse(columns, SdKind.POPULATION, "", "45");
        assertThat(c.scoreA()).isEqualTo(85);
        assertThat(c.zA()).isCloseTo(1.4142135623730951, within(1e-15));
        assertThat(c.zB()).isCloseTo(0.7071067811865476, within(1e-15));
        assertThat(c.moreRemarkable()).isEqualTo(GroupComparison.Verdict.A);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GroupComparison.parse("1, 5\n1, 6", SdKind.POPULATION, "", ""))
                .hasMessageStartingWith("Group A: All the values are equal");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GroupComparison.parse(columns, SdKind.POPULATION, "x", ""))
                .hasMessageStartingWith("The score in group A must be a number");
    }

    @Test
    void the_longest_word_is_the_largest_length_z_score() {
        WordFeatures wf = WordFeatures.ofText("Tiny words beside extraordinarily long ones.");
        assertThat(wf.words()).containsExactly("Tiny", "words", "beside", "extraordinarily", "long", "ones");
        assertThat(wf.longest()).isEqualTo(3);
        assertThat(WordFeatures.ofText("cat dog").longest()).isEqualTo(-1);
    }

    @Test
    void histogram_and_qq_plot_of_a_small_set() {
        ZScoreTable t = ZScoreTable.of(new double[] {1, 2, 2, 3, 9}, SdKind.POPULATION);
        Histogram h = Histogram.of(t.values(), 0, 10, 5);
        assertThat(h.counts()).containsExactly(1, 3, 0, 0, 1);
        double area = 0;
        for (int i = 0; i < h.bins(); i++) {
            area += h.density(i) * h.width();
        }
        assertThat(area).isCloseTo(1, within(1e-12));
        QuantilePlot q = QuantilePlot.of(t);
        assertThat(q.sample()).containsExactly(1, 2, 2, 3, 9);
        // The middle plotting position (3 − ½) / 5 = 0.5 is the mean; the quantiles are symmetric around it.
        assertThat(q.theoretical()[2]).isCloseTo(t.mean(), within(1e-9));
        assertThat(q.theoretical()[0] + q.theoretical()[4]).isCloseTo(2 * t.mean(), within(1e-9));
    }

    @Test
    void word_features_are_standardised_or_say_why_not() {
        WordFeatures wf = WordFeatures.of(List.of("Tiny", "words", "beside", "extraordinarily", "long", "ones"));
        WordFeatures.Feature length = wf.features().get(0);
        assertThat(length.values()).containsExactly(4, 5, 6, 15, 4, 4);
        // python3: statistics.pstdev([4,5,6,15,4,4]) → 3.9440531887330774
        assertThat(length.table().sd()).isCloseTo(3.9440531887330774, within(1e-12));
        WordFeatures same = WordFeatures.of(List.of("cat", "dog"));
        assertThat(same.features().get(0).table()).isNull();
        assertThat(same.features().get(0).problem()).contains("All the values are equal");
        assertThat(Arrays.stream(same.features().get(2).values()).sum()).isEqualTo(3);
    }
}
