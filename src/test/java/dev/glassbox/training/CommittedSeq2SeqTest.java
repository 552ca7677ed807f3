package dev.glassbox.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.glassbox.model.seq2seq.DateCorpus;
import dev.glassbox.model.seq2seq.DateFormat;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The committed translator's training report tells the truth: every held-out date in every format (32,500
 * examples) is scored again here, and each format's exact-match accuracy equals the report's and reaches 99%.
 * Exact match is measured as {@link TrainSeq2Seq#evaluate} does — greedy decoding writes the answer exactly if and
 * only if every teacher-forced argmax is the right token — which {@code Seq2SeqAccuracyTest} confirms with real
 * greedy decoding on a date per format in turn.
 */
class CommittedSeq2SeqTest {

    private static final double GOAL = 0.99;
    /** The report rounds to four decimals. */
    private static final double REPORT_ROUNDING = 5e-5;

    @Test
    void every_format_reaches_99_percent_on_held_out_dates_as_the_report_says() {
        Seq2SeqTransformer model = Seq2SeqTransformer.load();
        Properties report = model.report();
        Seq2SeqBackprop trainer = new Seq2SeqBackprop(model.shape(), 2);
        trainer.load(model.weights());
        Map<DateFormat, List<DateCorpus.Example>> byFormat = new EnumMap<>(DateFormat.class);
        for (DateCorpus.Example e : TrainSeq2Seq.heldOutExamples(new DateCorpus())) {
            byFormat.computeIfAbsent(e.format(), f -> new ArrayList<>()).add(e);
        }
        assertThat(byFormat).hasSize(13);
        for (var entry : byFormat.entrySet()) {
            double accuracy = TrainSeq2Seq.evaluate(trainer, entry.getValue()).accuracy();
            String name = entry.getKey().name();
            System.out.printf("%-24s %.4f%n", name, accuracy);
            assertThat(accuracy).as(name).isGreaterThanOrEqualTo(GOAL);
            assertThat(accuracy).as(name + " in the report")
                    .isCloseTo(Double.parseDouble(report.getProperty("heldOutExactMatch." + name)), offset(REPORT_ROUNDING));
        }
        assertThat(Long.parseLong(report.getProperty("heldOutExamples"))).isEqualTo(13L * DateCorpus.HELD_OUT);
    }
}
