package dev.glassbox.ui.seq2seq;

import dev.glassbox.ui.base.Prediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The translation lesson's predict-then-check questions, computed from the model for the learner's date: whether the
 * encoder's first character reads the characters after it, and where the decoder looks while writing a token.
 */
final class TranslateQuestions {

    /** Before the encoder's attention figure. */
    static final String AHEAD = "tr-ahead";
    /** Before the cross-attention figure. */
    static final String CROSS = "tr-cross";
    /** A weight counts as "some attention" from this size on: far above float rounding, far below what a head gives. */
    static final double SOME = 1e-3;
    static final int CHOICES = 4;

    private TranslateQuestions() {
    }

    /** Does the first character attend to later characters in this encoder head? (none when there is only one) */
    static Optional<Prediction> ahead(TranslateReading r, int layer, int head) {
        float[] row = r.encoder(layer, head)[0];
        if (row.length < 2) {
            return Optional.empty();
        }
        double later = 0;
        for (int j = 1; j < row.length; j++) {
            later += row[j];
        }
        String first = r.sourceLabels().get(0);
        String why = TranslateSentences.say(row.length == 2 ? "ahead-why-one" : "ahead-why", "first", first,
                "later", TranslateSentences.percent(later), "n", row.length - 1, "self", TranslateSentences.percent(row[0]));
        String prompt = TranslateSentences.say("ahead-prompt", "head", head, "layer", layer, "first", first);
        return Optional.of(Prediction.yesNo(AHEAD, prompt, later >= SOME, why));
    }

    /** Which source character does the chosen head look at most while writing the token of this step? */
    static Optional<Prediction> cross(TranslateReading r, int layer, int head, int step) {
        float[] row = r.cross(layer, head, step)[step - 1];
        if (row.length < 2) {
            return Optional.empty();
        }
        List<Integer> order = TranslateReading.strongest(row, row.length);
        // the most attended character, the runner-up, and two from the far end of the ranking, in source order
        List<Integer> picked = new ArrayList<>(List.of(order.get(0)));
        for (int k : new int[] {1, order.size() - 1, order.size() / 2}) {
            if (picked.size() < Math.min(CHOICES, row.length) && !picked.contains(order.get(k))) {
                picked.add(order.get(k));
            }
        }
        picked.sort(Integer::compare);
        List<String> labels = r.sourceLabels();
        List<Prediction.Choice> choices = picked.stream()
                .map(j -> new Prediction.Choice("c" + j, TranslateSentences.say("cross-choice", "c", labels.get(j), "i", j + 1)))
                .toList();
        String token = r.written(step).get(step - 1);
        return Optional.of(Prediction.choice(CROSS, TranslateSentences.say("cross-prompt", "step", step, "token", token,
                "head", head, "layer", layer),
                choices, "c" + order.get(0), TranslateSentences.crossFocus(r, layer, head, step)));
    }
}
