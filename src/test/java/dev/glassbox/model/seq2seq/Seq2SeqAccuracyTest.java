package dev.glassbox.model.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The translator's quality on the 2,500 held-out dates, which it never saw in any format: each date is written in
 * one of the thirteen formats in turn (date k in format k mod 13; formats with names in as-written, lower and upper
 * case in turn), translated by greedy decoding, and compared with java.time's ISO 8601 form of the date.
 */
class Seq2SeqAccuracyTest {

    /** The quality goal: at least 99% of held-out dates rewritten exactly. */
    private static final double GOAL = 0.99;

    @Test
    void greedy_decoding_rewrites_at_least_99_percent_of_held_out_dates_exactly() {
        Seq2SeqTransformer model = Seq2SeqTransformerTest.MODEL;
        List<LocalDate> dates = new DateCorpus().heldOut();
        assertThat(dates.size()).isGreaterThanOrEqualTo(2000);
        Map<DateFormat, int[]> byFormat = new EnumMap<>(DateFormat.class); // right, all
        int right = 0;
        DateFormat[] formats = DateFormat.values();
        DateFormat.Casing[] casings = DateFormat.Casing.values();
        for (int k = 0; k < dates.size(); k++) {
            DateFormat f = formats[k % formats.length];
            DateFormat.Casing casing = casings[(k / formats.length) % casings.length];
            String source = f.format(dates.get(k), casing);
            boolean exact = model.translate(source).text().equals(dates.get(k).toString());
            right += exact ? 1 : 0;
            int[] counts = byFormat.computeIfAbsent(f, x -> new int[2]);
            counts[0] += exact ? 1 : 0;
            counts[1]++;
        }
        double accuracy = right / (double) dates.size();
        byFormat.forEach((f, c) -> System.out.printf(Locale.ROOT, "%-24s %d/%d%n", f, c[0], c[1]));
        System.out.printf(Locale.ROOT, "held-out exact match, greedy: %d/%d = %.4f%n", right, dates.size(), accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(GOAL);
    }
}
