package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantileShapesTest {

    @Test
    void the_three_examples_have_the_skew_and_tails_their_q_q_shapes_show() {
        List<QuantileShapes.Example> e = QuantileShapes.examples();
        assertThat(e).extracting(QuantileShapes.Example::shape).containsExactly(QuantileShapes.Shape.BOW,
                QuantileShapes.Shape.HEAVY_S, QuantileShapes.Shape.LIGHT_S);
        // Population values (Johnson, Kotz & Balakrishnan): exponential skewness 2, excess kurtosis 6; t₃ kurtosis
        // infinite; uniform excess kurtosis −1.2. Samples of 200 land clearly on the same side of the normal's 0.
        assertThat(e.get(0).skewness()).isGreaterThan(1);
        assertThat(e.get(1).kurtosis()).isGreaterThan(1);
        assertThat(Math.abs(e.get(1).skewness())).isLessThan(Math.abs(e.get(0).skewness()));
        assertThat(e.get(2).kurtosis()).isLessThan(-0.8);
        // The shapes in the plot itself: a bow has both ends above the line (right skew), a heavy S has its lowest point
        // below and its highest above, a light S the other way round.
        assertThat(ends(e.get(0))).containsExactly(1, 1);
        assertThat(ends(e.get(1))).containsExactly(-1, 1);
        assertThat(ends(e.get(2))).containsExactly(1, -1);
        // Seeded: the same every time.
        assertThat(QuantileShapes.examples().get(1).table().values()).containsExactly(e.get(1).table().values());
    }

    /** The sign of (sample − normal quantile) at the lowest and the highest point. */
    private static int[] ends(QuantileShapes.Example e) {
        QuantilePlot q = QuantilePlot.of(e.table());
        int last = q.sample().length - 1;
        return new int[] {(int) Math.signum(q.sample()[0] - q.theoretical()[0]),
            (int) Math.signum(q.sample()[last] - q.theoretical()[last])};
    }
}
