package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LayerNormZScoresTest {

    /** float32 LayerNorm in the encoder vs the double z-score table here. */
    private static final double FLOAT_ROUNDING = 1e-4;

    private static MiniLmEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = MiniLmEncoder.load();
    }

    @Test
    void layer_norm_is_a_z_score_followed_by_scale_and_shift() {
        EncoderInput input = EncoderInput.of("The cat sat on the mat.");
        EncoderRun run = encoder.run(input.tokens(), input.ids());
        LayerNormZScores.Result r = LayerNormZScores.of(run, encoder.embeddingNorm(), 2);
        assertThat(r.token()).isEqualTo("cat");
        // Independent: Commons Math's StatUtils on the same 384 numbers.
        double[] x = r.table().values();
        assertThat(x).hasSize(384);
        assertThat(r.table().mean()).isCloseTo(StatUtils.mean(x), within(1e-12));
        assertThat(r.table().sd()).isCloseTo(Math.sqrt(StatUtils.populationVariance(x)), within(1e-12));
        double[] z = r.table().rows().stream().mapToDouble(ZScoreTable.Row::z).toArray();
        assertThat(StatUtils.mean(z)).isCloseTo(0, within(1e-12));
        assertThat(StatUtils.populationVariance(z)).isCloseTo(1, within(1e-9));
        // The encoder's own LayerNorm output (itself checked against ONNX Runtime to 1e-4 in MiniLmEncoderOracleTest).
        float[] own = run.embeddings().norm().y()[2];
        double[] y = r.y();
        for (int j = 0; j < y.length; j++) {
            assertThat(y[j]).isCloseTo(own[j], within(FLOAT_ROUNDING));
        }
        assertThat(r.maxDifference()).isLessThan(FLOAT_ROUNDING);
        assertThat(r.trace().step(LayerNormZScores.SCALE_SHIFT).value().shape()).containsExactly(384, 6);
    }
}
