package dev.glassbox.training;

import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The committed weights against what the training report claims about them. */
class CommittedModelTest {

    @Test
    void the_app_and_the_training_code_compute_the_same_loss() throws Exception {
        // The view's CharLstm and the trainer's LstmBptt are two separate implementations of the forward pass.
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
        assertThat(Math.exp(nll / (ids.length - 1))).isCloseTo(TrainCharLstm.perplexity(trainer, ids), within(1e-9));
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
