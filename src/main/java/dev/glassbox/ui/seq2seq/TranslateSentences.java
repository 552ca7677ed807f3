package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.base.Summaries.number;

import dev.glassbox.model.seq2seq.DateCorpus;
import dev.glassbox.model.seq2seq.DateFormat;
import dev.glassbox.model.seq2seq.DateReading;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.ui.base.ViewCompute;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The translation lesson's sentences about the learner's text, each built from computed values: what the text is
 * measured against the training data, whether the model's answer is right, and what each step and head did.
 */
final class TranslateSentences {

    private static final DateCorpus CORPUS = new DateCorpus();

    private TranslateSentences() {
    }

    /** What the text is, measured against the 13 trained formats — computed independently of the model. */
    static String recognition(TranslateReading r) {
        DateReading.Result d = r.date();
        return switch (d.kind()) {
            case TRAINED -> "This is the format “" + d.format().example() + "”" + casing(d) + ", one of the "
                    + DateFormat.values().length + " the model was trained on. "
                    + (CORPUS.isHeldOut(d.date()) ? "This date was kept out of training: the model never saw it, in any format."
                    : "This date is one of the training dates, which training drew at random in random formats: the model "
                    + "has probably seen it, though not necessarily written this way.");
            case WRONG_WEEKDAY -> spoken(d.date()) + " was a " + weekday(d.date()) + ", not a "
                    + d.writtenWeekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ". In training the weekday "
                    + "always matched the date, so the model was never taught what to do when they disagree.";
            case OUTSIDE_YEARS -> "The model was trained only on dates from 1900 to 2099; " + d.date().getYear()
                    + " is outside them.";
            case NO_SUCH_DAY -> "This looks like the format “" + d.format().example() + "”, but there is no such day: "
                    + "the model was trained only on real dates.";
            case UNTRAINED_SPELLING -> "This is a real date, " + spoken(d.date()) + ", shaped like the format “"
                    + d.format().example() + "” but not written exactly as in training (letter case, a leading zero "
                    + "or a missing one).";
            case UNKNOWN -> "This is not one of the " + DateFormat.values().length + " formats the model was trained "
                    + "on. It still writes an answer — it always does — but nothing taught it what this text means.";
        };
    }

    /** Whether the model's answer is right, when the text names a date; else what it wrote. */
    static String outcome(TranslateReading r) {
        String wrote = r.translation().text();
        String said = "The model wrote “" + wrote + "”" + (r.translation().finished() ? ""
                : " and stopped at its limit of " + Seq2SeqTransformer.MAX_OUTPUT + " tokens without writing </s>");
        Optional<String> answer = r.date().answer();
        if (answer.isEmpty()) {
            return said + ".";
        }
        if (answer.get().equals(wrote)) {
            return said + ": right, " + answer.get() + " is " + spoken(r.date().date()) + ".";
        }
        return said + ", but " + spoken(r.date().date()) + " is " + answer.get() + ": " + differing(wrote, answer.get())
                + " of its " + answer.get().length() + " characters differ.";
    }

    /** The day-first ambiguity of a slash date, and what the model chose. */
    static Optional<String> ambiguity(TranslateReading r) {
        return DateReading.monthFirst(r.text(), r.date()).map(other -> {
            String wrote = r.translation().text();
            String chose = wrote.equals(r.date().answer().orElse("")) ? "read it day first, as every slash date in its training was"
                    : wrote.equals(other.toString()) ? "read it month first, although every slash date in its training was day first"
                    : "wrote neither reading";
            return "Read day first, this is " + spoken(r.date().date()) + "; read month first, as in the United States, "
                    + "it would be " + spoken(other) + ". The model " + chose + ": it cannot know which you meant.";
        });
    }

    /** For a wrong weekday: the answer with the correct weekday, and whether the weekday changed anything. */
    static Optional<String> weekdayEffect(TranslateReading r) {
        if (r.date().kind() != DateReading.Kind.WRONG_WEEKDAY) {
            return Optional.empty();
        }
        String corrected = DateReading.withCorrectWeekday(r.text(), r.date());
        String withRight = ViewCompute.run(() -> r.model().translate(corrected)).text();
        String wrote = r.translation().text();
        return Optional.of(wrote.equals(withRight)
                ? "With the right weekday (“" + corrected + "”) it writes the same “" + withRight + "”: here the wrong "
                        + "weekday changed nothing; the day, month and year carry the date."
                : "With the right weekday (“" + corrected + "”) it writes “" + withRight + "” instead: the wrong weekday "
                        + "changed the answer.");
    }

    /** Step {@code step}: what the decoder read, what it wrote, and how sure it was. */
    static String step(TranslateReading r, int step) {
        List<TranslateReading.Candidate> top = r.top(step, 2);
        TranslateReading.Candidate first = top.get(0);
        TranslateReading.Candidate second = top.get(1);
        String read = String.join(" ", r.read(step));
        return "Step " + step + " of " + r.steps() + ": the decoder has read " + read + " and writes “" + first.token()
                + "” with probability " + percent(first.probability()) + "; the runner-up “" + second.token() + "” has "
                + percent(second.probability()) + "."
                + (first.id() == Seq2SeqVocabulary.END ? " </s> ends the answer." : "");
    }

    /** Where one head's cross-attention looks at a step. */
    static String crossFocus(TranslateReading r, int layer, int head, int step) {
        float[] row = r.cross(layer, head, step)[step - 1];
        List<Integer> best = TranslateReading.strongest(row, 3);
        List<String> labels = r.sourceLabels();
        StringBuilder s = new StringBuilder("Writing “" + r.written(step).get(step - 1) + "”, head " + head + " of layer "
                + layer + " gives " + percent(row[best.get(0)]) + " of its attention to “" + labels.get(best.get(0))
                + "” (character " + (best.get(0) + 1) + " of the source)");
        for (int k = 1; k < best.size(); k++) {
            s.append(k == best.size() - 1 ? " and " : ", ").append(percent(row[best.get(k)])).append(" to “")
                    .append(labels.get(best.get(k))).append("” (").append(best.get(k) + 1).append(")");
        }
        return s.append(".").toString();
    }

    /** The encoder head's strongest link between two different source characters. */
    static String encoderFocus(TranslateReading r, int layer, int head) {
        float[][] w = r.encoder(layer, head);
        int bi = 0;
        int bj = w.length > 1 ? 1 : 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (i != j && w[i][j] > w[bi][bj]) {
                    bi = i;
                    bj = j;
                }
            }
        }
        List<String> labels = r.sourceLabels();
        return w.length < 2 ? "With one character, the encoder's attention has nothing to choose: it reads itself."
                : "In head " + head + " of encoder layer " + layer + ", the strongest link between two different characters "
                        + "is “" + labels.get(bi) + "” (character " + (bi + 1) + ") reading “" + labels.get(bj)
                        + "” (character " + (bj + 1) + ") with weight " + percent(w[bi][bj]) + ". Every character may read "
                        + "every other, before and after it.";
    }

    /** A probability as a percentage with one decimal; below 0.1% "less than 0.1%" (the bars give the exact value). */
    static String percent(double p) {
        return p < 0.001 ? "less than 0.1%" : number(100 * p, 1) + "%";
    }

    private static int differing(String a, String b) {
        int n = Math.max(a.length(), b.length());
        int diff = 0;
        for (int i = 0; i < n; i++) {
            if (i >= a.length() || i >= b.length() || a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff;
    }

    private static String casing(DateReading.Result d) {
        return !d.format().hasNames() || d.casing() == DateFormat.Casing.AS_WRITTEN ? ""
                : d.casing() == DateFormat.Casing.LOWER ? " in lower case" : " in upper case";
    }

    static String spoken(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
