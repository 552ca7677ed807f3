package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decoder versus LSTM: the same characters compared, aligned, and the held-out numbers read from both reports. */
class NetworkComparisonTest {

    private static CharDecoder decoder;
    private static CharLstm lstm;

    @BeforeAll
    static void load() {
        decoder = CharDecoder.load();
        lstm = CharLstm.load();
    }

    @Test
    void both_networks_read_the_same_characters() {
        assertThat(decoder.vocabulary().known()).isEqualTo(lstm.vocabulary().known());
    }

    @Test
    void bits_per_character_is_the_mean_of_minus_log2_p() {
        // By hand: −log₂ ½ = 1, −log₂ ¼ = 2, −log₂ 1 = 0; their mean is 1.
        assertThat(NetworkComparison.bits(new double[] {0.5, 0.25, 1})).isEqualTo(1.0);
    }

    @Test
    void on_a_long_text_the_lstm_is_compared_at_the_decoders_characters() {
        String text = "x".repeat(100) + "Call me Ishmael. Some years ago, never mind how long precisely. ".repeat(5);
        NetworkComparison c = NetworkComparison.of(decoder, lstm, text);
        DecoderReading r = c.decoder();
        assertThat(c.compared()).isEqualTo(decoder.context() - 1);
        LstmReading whole = lstm.read(text, WhatIf.NONE);
        int k = 7;
        int at = r.dropped() + k;
        assertThat(c.lstmProbability(k)).isEqualTo(whole.probabilities(at)[whole.index(at + 1)]);
        assertThat(c.decoderProbability(k)).isEqualTo(r.probabilities(k)[r.id(k + 1)]);
        assertThat(c.onText()).contains("The LSTM read all " + text.length() + " characters");
    }

    @Test
    void the_held_out_table_reads_both_reports_and_the_verdict_follows_the_numbers() {
        NetworkComparison c = NetworkComparison.of(decoder, lstm, "Call me Ishmael.");
        double dec = Double.parseDouble(decoder.report().getProperty("heldOutPerplexity.decoder"));
        assertThat(c.heldOut().get(0).perplexity()).isEqualTo(dec);
        assertThat(c.heldOut().get(0).bits()).isCloseTo(Math.log(dec) / Math.log(2), within(1e-12));
        assertThat(c.heldOut().get(1).perplexity()).isEqualTo(lstm.card().lstmPerplexity());
        assertThat(c.heldOut().get(2).perplexity()).isEqualTo(lstm.card().fivegramPerplexity());
        assertThat(c.lstmBetter()).isEqualTo(lstm.card().lstmPerplexity() < dec);
        assertThat(c.verdict()).contains(c.lstmBetter() ? "worse than the LSTM" : "better than the LSTM");
        assertThat(c.practice()).startsWith("In training, the decoder predicted ");
    }

    @Test
    void one_character_has_nothing_to_compare() {
        NetworkComparison c = NetworkComparison.of(decoder, lstm, "C");
        assertThat(c.compared()).isZero();
        assertThat(c.onText()).startsWith("Your text has one character");
        assertThat(c.lstmTop(10)).hasSize(10);
    }

    @Test
    void the_training_curve_is_read_in_nats_and_shown_in_bits() throws Exception {
        TrainingCurve curve = TrainingCurve.parse(new ByteArrayInputStream(
                "update,train_nats_per_char,heldout_nats_per_char\n50,1.3863,0.6931\n100,0.6931,0.6931\n"
                        .getBytes(StandardCharsets.UTF_8)));
        // ln 4 = 1.3863 nats is 2 bits; ln 2 = 0.6931 nats is 1 bit (to the file's 4 decimals).
        assertThat(curve.train()[0][1]).isCloseTo(2.0, within(1e-4));
        assertThat(curve.heldOut()[1][1]).isCloseTo(1.0, within(1e-4));
        assertThat(curve.every()).isEqualTo(50);
        assertThat(TrainingCurve.load().points()).isNotEmpty();
    }
}
