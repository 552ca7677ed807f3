package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.ui.base.PageLanguage;
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

    /**
     * Whether τ = 2 gives the most likely character more, less or the same probability as τ = 1, the model's own:
     * softmax(z / 2) against softmax(z) at that character.
     */
    static Prediction temperature(GenerateDistribution d, float[] logits, int step) {
        GenerateDistribution.Row top = d.top();
        double one = Sampling.PLAIN.probabilities(logits)[top.id()];
        double two = new Sampling(HOT, 0, 1).probabilities(logits)[top.id()];
        String correct = two < one ? "less" : two > one ? "more" : "same";
        String why = Texts.generate("question-temperature-why-" + correct, "c", GenerateSentences.quoted(top.symbol()),
                "one", GenerateSentences.number(one), "two", GenerateSentences.number(two));
        return Prediction.choice(TEMPERATURE, step == 0 ? Texts.generate("question-temperature-first")
                        : Texts.generate("question-temperature-step", "k", step),
                List.of(choice("more"), choice("less"), choice("same")), correct, why);
    }

    private static Prediction.Choice choice(String key) {
        return new Prediction.Choice(key, Texts.generate("question-temperature-" + key));
    }

    /** How many characters survive the learner's temperature, top-k and top-p at the shown step. */
    static Prediction kept(GenerateDistribution d, int step) {
        Sampling s = d.sampling();
        String list = s.topK() == 0 ? (s.topP() == 1 ? "settings-list-both-off" : "settings-list-k-off")
                : s.topP() == 1 ? "settings-list-p-off" : "settings-list";
        String settings = Texts.generate(list, "tau", decimals(s.temperature()), "k", s.topK(), "p", decimals(s.topP()));
        String prompt = step == 0 ? Texts.generate("question-kept-first", "settings", settings, "n", d.rows().size())
                : Texts.generate("question-kept-step", "settings", settings, "n", d.rows().size(), "k", step);
        return Prediction.number(KEPT, prompt, d.kept(), 0, String.valueOf(d.kept()), keptWhy(d));
    }

    /** A setting as the sentences write it: as typed in a link, with the page's decimal separator. */
    private static String decimals(double x) {
        return PageLanguage.decimals(GenerateState.plain(x));
    }

    /** Why that many are left: which rule stopped where, with the probabilities after temperature. */
    static String keptWhy(GenerateDistribution d) {
        Sampling s = d.sampling();
        int all = d.rows().size();
        int n = d.kept();
        if (s.temperature() == 0) {
            return Texts.generate("kept-why-greedy", "c", GenerateSentences.quoted(d.top().symbol()));
        }
        boolean byK = s.topK() > 0 && s.topK() < all;
        boolean byP = s.topP() < 1;
        if (!byK && !byP) {
            return s.topK() >= all ? Texts.generate("kept-why-off-large-k", "k", s.topK(), "n", all)
                    : Texts.generate("kept-why-off", "n", all);
        }
        double[] mass = new double[all + 1]; // mass[m]: the m most likely together, after τ (rows: most likely first)
        for (int m = 0; m < all; m++) {
            mass[m + 1] = mass[m] + d.rows().get(m).tempered();
        }
        if (!byP) {
            return Texts.generate("kept-why-k", "k", s.topK(), "n", n, "all", all);
        }
        String p = decimals(s.topP());
        boolean short_ = mass[n] < s.topP();
        String reach = Texts.generate(n == 1 ? (short_ ? "reach-one-short" : "reach-one")
                        : short_ ? "reach-other-short" : "reach-other",
                "n", n, "mass", GenerateSentences.number(mass[n]), "p", p, "fewer", n - 1,
                "less", n > 1 ? GenerateSentences.number(mass[n - 1]) : "");
        return Texts.generate(byK ? "kept-why-k-p" : "kept-why-p", "k", s.topK(), "p", p, "reach", reach, "n", n,
                "all", all);
    }
}
