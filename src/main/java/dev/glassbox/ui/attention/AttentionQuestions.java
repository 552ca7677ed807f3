package dev.glassbox.ui.attention;

import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The attention lesson's predict-then-check questions, computed from one head's weights for the learner's sentence:
 * {@code weights} is the head's (T, T) matrix, row = query token, column = key token.
 */
final class AttentionQuestions {

    /** Which token the query gives its largest weight to (before the head's figure). */
    static final String TOP = "attn-top";
    /** How much of the query's attention goes to [CLS] (before the query's own numbers). */
    static final String CLS_SHARE = "attn-cls";
    /** The tolerance of the [CLS] share: a tenth of the whole row. */
    static final double CLS_TOLERANCE = 0.1;

    private AttentionQuestions() {
    }

    static int top(float[] row) {
        int top = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[top]) {
                top = j;
            }
        }
        return top;
    }

    private static String token(List<String> tokens, int i) {
        return AttentionText.plain("token", "token", tokens.get(i), "i", i);
    }

    /**
     * Offers the token with the largest weight, the query itself, its neighbours and [CLS] and [SEP] — at most four,
     * in sentence order.
     */
    static Prediction top(List<String> tokens, float[][] weights, int layer, int head, int q) {
        float[] row = weights[q];
        int top = top(row);
        Set<Integer> offered = new LinkedHashSet<>(List.of(top));
        for (int candidate : new int[] {q, 0, row.length - 1, q + 1, q - 1, 1}) {
            if (offered.size() < 4 && candidate >= 0 && candidate < row.length) {
                offered.add(candidate);
            }
        }
        List<Integer> order = new ArrayList<>(offered);
        order.sort(Integer::compare);
        List<Prediction.Choice> choices = new ArrayList<>();
        for (int i : order) {
            choices.add(new Prediction.Choice("t" + i, token(tokens, i)));
        }
        int second = -1;
        for (int j = 0; j < row.length; j++) {
            if (j != top && (second < 0 || row[j] > row[second])) {
                second = j;
            }
        }
        String why = AttentionText.plain(second < 0 ? "top-why-alone" : "top-why", "layer", layer, "head", head,
                "top", token(tokens, top), "weight", Summaries.number(row[top]), "query", token(tokens, q),
                "next", Summaries.number(row[second < 0 ? top : second]), "second", token(tokens, second < 0 ? top : second));
        return Prediction.choice(TOP, AttentionText.plain("top-question", "layer", layer, "head", head,
                "query", token(tokens, q)), choices, "t" + top, why);
    }

    /** The weight on [CLS] (token 0), right within {@value #CLS_TOLERANCE}. */
    static Prediction clsShare(List<String> tokens, float[][] weights, int layer, int head, int q) {
        float[] row = weights[q];
        double sum = 0;
        for (float w : row) {
            sum += w;
        }
        int last = row.length - 1;
        String why = AttentionText.plain("cls-why", "n", row.length, "sum", Summaries.number(sum, 4),
                "query", token(tokens, q), "first", Summaries.number(row[0]), "cls", tokens.get(0),
                "last", Summaries.number(row[last]), "sep", tokens.get(last));
        return Prediction.number(CLS_SHARE, AttentionText.plain("cls-question", "n", row.length, "query", token(tokens, q),
                "layer", layer, "head", head, "cls", tokens.get(0)), row[0], CLS_TOLERANCE, Summaries.number(row[0]), why);
    }
}
