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
                String.valueOf(d.kept()), GenerateSentences.kept(d));
    }
}
