package dev.glassbox.training;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The committed weights against what the training report claims about them. */
class CommittedModelTest {

    /**
     * The trainer computes in 32-bit floats (about 7 significant digits), the app in doubles: over 400 characters
     * their perplexities agree to about 2e-8 relative (measured on the 128-unit network: 6.1702894 both).
     */
    private static final double FLOAT_AGREEMENT = 1e-6;

    @Test
    void the_app_and_the_training_code_compute_the_same_loss() throws Exception {
        // The view's CharLstm (doubles) and the trainer's LstmBptt (floats) are two separate implementations of the
        // forward pass.
        String text = UnitAnalysis.heldOutSample().substring(0, 400);
        CharLstm lstm = CharLstm.load();
        LstmReading reading = lstm.read(text, WhatIf.NONE);
        int[] ids = lstm.vocabulary().encode(text);
        double nll = 0;
        for (int t = 0; t + 1 < ids.length; t++) {
            nll -= Math.log(reading.probabilities(t)[ids[t + 1]]);
        }
        LstmBptt trainer = new LstmBptt(lstm.vocabulary().size(), lstm.weights().hiddenSize());
        trainer.load(lstm.weights());
        double app = Math.exp(nll / (ids.length - 1));
        assertThat(TrainCharLstm.perplexity(trainer, ids)).isCloseTo(app, within(app * FLOAT_AGREEMENT));
    }

    /**
     * The app's CharDecoder and the trainer's DecoderBackprop are two separate implementations of the decoder's
     * forward pass, both in 32-bit floats with different summation orders: their mean losses over a 256-character
     * window agree to a few units in the sixth digit.
     */
    private static final double DECODER_AGREEMENT = 1e-5;

    @Test
    void the_decoder_app_and_its_training_code_compute_the_same_loss() throws Exception {
        String text = UnitAnalysis.heldOutSample().substring(0, 257);
        CharDecoder decoder = CharDecoder.load();
        int[] ids = decoder.encode(text);
        float[][] logits = decoder.run(java.util.Arrays.copyOf(ids, 256)).logits();
        double nll = 0;
        for (int t = 0; t < 256; t++) {
            double[] p = dev.glassbox.model.decoder.Sampling.PLAIN.probabilities(logits[t]);
            nll -= Math.log(p[ids[t + 1]]);
        }
        DecoderBackprop trainer = new DecoderBackprop(decoder.shape(), 1);
        trainer.load(decoder.weights());
        double app = nll / 256;
        assertThat(trainer.lossSum(new int[][] {ids}, 0) / 256).isCloseTo(app, within(app * DECODER_AGREEMENT));
    }

    @Test
    void the_readable_unit_follows_its_feature_on_held_out_text_as_reported() throws Exception {
        LstmModelCard card = CharLstm.load().card();
        if (!card.hasUnit()) {
            return; // the report says no unit was readable; nothing to check
        }
        UnitAnalysis.Feature feature = UnitAnalysis.FEATURES.stream()
                .filter(f -> f.name().equals(card.unitFeature())).findFirst().orElseThrow();
        UnitAnalysis.Finding finding = UnitAnalysis.best(CharLstm.load().weights(), UnitAnalysis.heldOutSample(), feature);
        assertThat(finding.unit()).isEqualTo(card.unit());
        assertThat(finding.correlation()).isCloseTo(card.unitCorrelation(), within(1e-4));
        assertThat(Math.abs(finding.correlation())).isGreaterThanOrEqualTo(0.4);
    }
}
