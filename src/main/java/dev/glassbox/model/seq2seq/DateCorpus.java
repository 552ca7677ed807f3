package dev.glassbox.model.seq2seq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The translation model's data: every date from 1900-01-01 to 2099-12-31, split by date (not by example) into
 * training and held-out dates with a fixed seed, so no held-out date — in any of its formats — was seen in training.
 */
public final class DateCorpus {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);
    /** Dates kept out of training. */
    public static final int HELD_OUT = 2_500;
    static final long SPLIT_SEED = 20_251_201L;

    /** One example: a date written one way, and the ISO answer. */
    public record Example(LocalDate date, DateFormat format, DateFormat.Casing casing, String source, String target) {
    }

    private final List<LocalDate> training;
    private final List<LocalDate> heldOut;

    public DateCorpus() {
        List<LocalDate> all = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            all.add(d);
        }
        Collections.shuffle(all, new Random(SPLIT_SEED));
        heldOut = List.copyOf(all.subList(0, HELD_OUT).stream().sorted().toList());
        training = List.copyOf(all.subList(HELD_OUT, all.size()).stream().sorted().toList());
    }

    public List<LocalDate> training() {
        return training;
    }

    public List<LocalDate> heldOut() {
        return heldOut;
    }

    public boolean isHeldOut(LocalDate date) {
        return Collections.binarySearch(heldOut, date) >= 0;
    }

    /** A training example drawn from {@code random}: a training date, a format and (for names) a casing, uniformly. */
    public Example draw(SplittableRandom random) {
        LocalDate date = training.get(random.nextInt(training.size()));
        DateFormat format = DateFormat.values()[random.nextInt(DateFormat.values().length)];
        DateFormat.Casing casing = format.hasNames()
                ? DateFormat.Casing.values()[random.nextInt(DateFormat.Casing.values().length)]
                : DateFormat.Casing.AS_WRITTEN;
        return example(date, format, casing);
    }

    public static Example example(LocalDate date, DateFormat format, DateFormat.Casing casing) {
        return new Example(date, format, casing, format.format(date, casing), DateFormat.target(date));
    }
}
