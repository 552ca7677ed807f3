package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.ui.base.Prediction;
import java.util.List;

/**
 * The generation lesson's predict-then-check questions, computed from the distribution the lesson shows (the logits
 * of the shown step for the learner's prompt, and the learner's settings): whether temperature 2 makes the most
 * likely character more or less likely, and how many characters are left to draw from.
 */
final class GenerateQuestions {

    static final String TEMPERATURE = "temperature-two";
    static final String KEPT = "kept-count";
    /** The temperature the first question asks about. */
    static final double HOT = 2;

    private GenerateQuestions() {
    }

    /** Which step's distribution a question is about, as its prompt says it. */
    static String where(int step) {
        return step == 0 ? "for the first character to be written" : "at written character " + step;
    }

    /**
     * Whether τ = 2 gives the most likely character more, less or the same probability as τ = 1, the model's own:
     * softmax(z / 2) against softmax(z) at that character.
     */
    static Prediction temperature(GenerateDistribution d, float[] logits, int step) {
        GenerateDistribution.Row top = d.top();
        double one = Sampling.PLAIN.probabilities(logits)[top.id()];
        double two = new Sampling(HOT, 0, 1).probabilities(logits)[top.id()];
        String correct = two < one ? "less" : two > one ? "more" : "same";
        String why = "Here the most likely character, " + GenerateSentences.quoted(top.symbol()) + ", has "
                + GenerateSentences.number(one) + " at τ = 1 and " + GenerateSentences.number(two) + " at τ = 2"
                + switch (correct) {
                    case "less" -> ": dividing every logit by 2 halves the gaps between them, so the probabilities "
                            + "move closer together and the favourite loses some of its lead.";
                    case "more" -> ": the favourite gained.";
                    default -> ": all the logits are equal, so every temperature gives the same probabilities.";
                };
        return Prediction.choice(TEMPERATURE, "Temperature τ = 2 divides every logit by 2 before the softmax. "
                        + (step == 0 ? "For the first character to be written" : "At written character " + step)
                        + ", does that make the most likely character more or less likely than at τ = 1?",
                List.of(new Prediction.Choice("more", "More likely"), new Prediction.Choice("less", "Less likely"),
                        new Prediction.Choice("same", "Just as likely")), correct, why);
    }

    /** How many characters survive the learner's temperature, top-k and top-p at the shown step. */
    static Prediction kept(GenerateDistribution d, int step) {
        Sampling s = d.sampling();
        String settings = "τ = " + GenerateState.plain(s.temperature()) + ", top-k = " + s.topK()
                + (s.topK() == 0 ? " (off)" : "") + " and top-p = " + GenerateState.plain(s.topP())
                + (s.topP() == 1 ? " (off)" : "");
        return Prediction.number(KEPT, "With your settings — " + settings + " — how many of the " + d.rows().size()
                        + " characters are left to draw from " + where(step) + "?", d.kept(), 0,
                String.valueOf(d.kept()), keptWhy(d));
    }

    /** Why that many are left: which rule stopped where, with the probabilities after temperature. */
    static String keptWhy(GenerateDistribution d) {
        Sampling s = d.sampling();
        int all = d.rows().size();
        int n = d.kept();
        if (s.temperature() == 0) {
            return "τ = 0 is greedy: only the most likely character, " + GenerateSentences.quoted(d.top().symbol())
                    + ", is left, whatever top-k and top-p say.";
        }
        boolean byK = s.topK() > 0 && s.topK() < all;
        boolean byP = s.topP() < 1;
        if (!byK && !byP) {
            return "Neither top-k nor top-p is on" + (s.topK() >= all ? " (top-k = " + s.topK() + " keeps them all)" : "")
                    + ", so none is cut: all " + all + " characters are left.";
        }
        double[] mass = new double[all + 1]; // mass[m]: the m most likely together, after τ (rows: most likely first)
        for (int m = 0; m < all; m++) {
            mass[m + 1] = mass[m] + d.rows().get(m).tempered();
        }
        StringBuilder why = new StringBuilder();
        if (byK) {
            why.append("top-k = ").append(s.topK()).append(" keeps the ").append(s.topK()).append(" most likely");
        }
        if (byP) {
            String p = GenerateState.plain(s.topP());
            why.append(byK ? "; then " : "").append("top-p = ").append(p)
                    .append(" keeps the fewest most likely characters that reach ").append(p).append(" together: the first ")
                    .append(n).append(n == 1 ? " holds " : " hold ").append(GenerateSentences.number(mass[n]));
            if (mass[n] < s.topP()) {
                why.append(", less than ").append(p).append(", but top-k leaves no more");
            } else if (n > 1) {
                why.append(", the first ").append(n - 1).append(" only ").append(GenerateSentences.number(mass[n - 1]));
            }
        }
        return why.append(". So ").append(n).append(" of the ").append(all).append(" characters are left.").toString();
    }
}
