package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.base.Summaries.number;

import dev.glassbox.model.seq2seq.DateCorpus;
import dev.glassbox.model.seq2seq.DateFormat;
import dev.glassbox.model.seq2seq.DateReading;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.ViewCompute;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The translation lesson's sentences about the learner's text, each built from computed values: what the text is
 * measured against the training data, whether the model's answer is right, and what each step and head did. The
 * sentences' wording is in the lesson file, in the page's language; which sentence is said is decided here.
 */
final class TranslateSentences {

    /** The lesson whose file holds every sentence of this package. */
    static final String CONCEPT = "translate";

    private static final DateCorpus CORPUS = new DateCorpus();

    private TranslateSentences() {
    }

    /**
     * Section {@code name} of the lesson file, in the page's language, as one line with its placeholders filled from
     * {@code pairs} (name, value, name, value …). Text values are written as they are (a learner's {@code *} stays a
     * star, not emphasis).
     */
    static String say(String name, Object... pairs) {
        return PageLanguage.text(CONCEPT).line(name, pairs);
    }

    /** What the text is, measured against the 13 trained formats — computed independently of the model. */
    static String recognition(TranslateReading r) {
        DateReading.Result d = r.date();
        int count = DateFormat.values().length;
        return switch (d.kind()) {
            case TRAINED -> say(casing(d), "format", d.format().example(), "count", count) + " "
                    + say(CORPUS.isHeldOut(d.date()) ? "held-out" : "seen");
            case WRONG_WEEKDAY -> say("wrong-weekday", "date", spoken(d.date()), "weekday", weekday(d.date().getDayOfWeek()),
                    "written", weekday(d.writtenWeekday()));
            case OUTSIDE_YEARS -> say("outside-years", "year", d.date().getYear());
            case NO_SUCH_DAY -> say("no-such-day", "format", d.format().example());
            case UNTRAINED_SPELLING -> say("untrained-spelling", "date", spoken(d.date()), "format", d.format().example());
            case UNKNOWN -> say("unknown", "count", count);
        };
    }

    /** Whether the model's answer is right, when the text names a date; else what it wrote. */
    static String outcome(TranslateReading r) {
        String wrote = r.translation().text();
        boolean finished = r.translation().finished();
        Optional<String> answer = r.date().answer();
        if (answer.isEmpty()) {
            return finished ? say("outcome", "wrote", wrote)
                    : say("outcome-unfinished", "wrote", wrote, "max", Seq2SeqTransformer.MAX_OUTPUT);
        }
        String date = spoken(r.date().date());
        if (finished && answer.get().equals(wrote)) {
            return say("outcome-right", "wrote", wrote, "answer", answer.get(), "date", date);
        }
        int n = differing(wrote, answer.get());
        String name = !finished ? "outcome-unfinished-wrong" : n == 1 ? "outcome-wrong-one" : "outcome-wrong";
        return say(name, "wrote", wrote, "date", date, "answer", answer.get(), "n", n, "length", answer.get().length(),
                "max", Seq2SeqTransformer.MAX_OUTPUT);
    }

    /** The day-first ambiguity of a slash date, and what the model chose. */
    static Optional<String> ambiguity(TranslateReading r) {
        return DateReading.monthFirst(r.text(), r.date()).map(other -> {
            String wrote = r.translation().text();
            String chose = wrote.equals(r.date().answer().orElse("")) ? "ambiguity-day-first"
                    : wrote.equals(other.toString()) ? "ambiguity-month-first" : "ambiguity-neither";
            return say(chose, "date", spoken(r.date().date()), "other", spoken(other));
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
        return Optional.of(say(wrote.equals(withRight) ? "weekday-same" : "weekday-changed", "corrected", corrected,
                "wrote", withRight));
    }

    /** Step {@code step}: what the decoder read, what it wrote, and how sure it was. */
    static String step(TranslateReading r, int step) {
        List<TranslateReading.Candidate> top = r.top(step, 2);
        TranslateReading.Candidate first = top.get(0);
        TranslateReading.Candidate second = top.get(1);
        String said = say("step-sentence", "step", step, "steps", r.steps(), "read", String.join(" ", r.read(step)),
                "token", first.token(), "p", percent(first.probability()), "second", second.token(),
                "q", percent(second.probability()));
        return first.id() == Seq2SeqVocabulary.END ? said + " " + say("step-end") : said;
    }

    /** Where one head's cross-attention looks at a step. */
    static String crossFocus(TranslateReading r, int layer, int head, int step) {
        float[] row = r.cross(layer, head, step)[step - 1];
        List<Integer> best = TranslateReading.strongest(row, 3);
        List<String> labels = r.sourceLabels();
        Object[] pairs = new Object[6 + 6 * best.size()];
        pairs[0] = "token";
        pairs[1] = r.written(step).get(step - 1);
        pairs[2] = "head";
        pairs[3] = head;
        pairs[4] = "layer";
        pairs[5] = layer;
        for (int k = 0; k < best.size(); k++) {
            int at = 6 + 6 * k;
            pairs[at] = "p" + (k + 1);
            pairs[at + 1] = percent(row[best.get(k)]);
            pairs[at + 2] = "c" + (k + 1);
            pairs[at + 3] = labels.get(best.get(k));
            pairs[at + 4] = "i" + (k + 1);
            pairs[at + 5] = best.get(k) + 1;
        }
        return say("cross-focus-" + best.size(), pairs);
    }

    /** The encoder head's strongest link between two different source characters. */
    static String encoderFocus(TranslateReading r, int layer, int head) {
        float[][] w = r.encoder(layer, head);
        if (w.length < 2) {
            return say("encoder-focus-one");
        }
        int bi = 0;
        int bj = 1;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (i != j && w[i][j] > w[bi][bj]) {
                    bi = i;
                    bj = j;
                }
            }
        }
        List<String> labels = r.sourceLabels();
        return say("encoder-focus", "head", head, "layer", layer, "a", labels.get(bi), "i", bi + 1, "b", labels.get(bj),
                "j", bj + 1, "w", percent(w[bi][bj]));
    }

    /** A probability as a percentage with one decimal; below 0.1% "less than 0.1%" (the bars give the exact value). */
    static String percent(double p) {
        return p < 0.001 ? say("percent-tiny") : say("percent", "p", number(100 * p, 1));
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

    /** The sentence naming a trained format, with its casing when it has names. */
    private static String casing(DateReading.Result d) {
        return !d.format().hasNames() || d.casing() == DateFormat.Casing.AS_WRITTEN ? "recognition-trained"
                : d.casing() == DateFormat.Casing.LOWER ? "recognition-trained-lower" : "recognition-trained-upper";
    }

    /** A date as the lesson's sentences say it, in the page's language ("9 May 2018"). */
    static String spoken(LocalDate d) {
        return say("spoken-date", "day", d.getDayOfMonth(), "month", names("month-names").get(d.getMonthValue() - 1),
                "year", d.getYear());
    }

    private static String weekday(DayOfWeek d) {
        return names("weekday-names").get(d.getValue() - 1);
    }

    /** A section that lists names separated by commas. */
    private static List<String> names(String section) {
        return Arrays.stream(say(section).split(",")).map(String::strip).toList();
    }
}
