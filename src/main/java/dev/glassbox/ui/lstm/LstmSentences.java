package dev.glassbox.ui.lstm;

import dev.glassbox.model.lstm.GateProfile;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.VanishingGradient;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.model.lstm.WhatIfComparison;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Summaries;

/**
 * The LSTM lesson's sentences that carry the model's numbers for the learner's sentence: built here from the model's
 * values, never typed (the fixed prose is in {@code lessons/lstm/text.md}).
 */
final class LstmSentences {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private LstmSentences() {
    }

    /** A number as the views write it; e-notation as a power of ten (9.313 × 10⁻¹⁰). */
    static String number(double x) {
        String s = Summaries.number(x == 0 ? 0 : x);
        int e = s.indexOf('e');
        if (e < 0) {
            return s;
        }
        int power = Integer.parseInt(s.substring(e + 1));
        StringBuilder b = new StringBuilder(s.substring(0, e)).append(" × 10");
        if (power < 0) {
            b.append('⁻');
        }
        for (char d : Integer.toString(Math.abs(power)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(d - '0'));
        }
        return b.toString();
    }

    static String whatIf(WhatIfComparison w) {
        return Words.t("what-if-effect", "step", w.step() + 1, "change", number(w.cellChange()), "size",
                number(w.cellSize()), "changed", LstmEquations.show(w.topChanged()), "trained",
                LstmEquations.show(w.topTrained()), "changedSteps", w.changedSteps(), "steps", w.steps());
    }

    /** The worked example of the vanishing gradient for the reading the learner sees (with its switches). */
    static String vanishing(VanishingGradient v, WhatIf whatIf) {
        String count = v.steps() == 1 ? "-one" : "-other";
        return switch (whatIf.forget()) {
            case ZERO -> Words.t("vanishing-zero" + count, "n", v.steps());
            case ONE -> Words.t("vanishing-one" + count, "n", v.steps());
            case AS_TRAINED -> asTrained(v, "vanishing-keeps");
        };
    }

    /** The same example for the network as trained, shown beside a what-if. */
    static String vanishingAsTrained(VanishingGradient v) {
        return asTrained(v, "vanishing-beside");
    }

    private static String asTrained(VanishingGradient v, String opening) {
        int n = v.steps();
        int keeps = v.longestUnit();
        int loses = v.shortestUnit();
        String count = n == 1 ? "-one" : "-other";
        Object[] values = {"n", n, "keeps", keeps, "loses", loses, "keepsFactor", number(v.typicalFactor(keeps)),
                "keepsProduct", number(v.product(keeps)), "losesFactor", number(v.typicalFactor(loses)),
                "losesProduct", number(v.product(loses)), "half", number(Math.pow(0.5, n)), "most",
                number(Math.pow(0.95, n))};
        return String.join(" ", Words.t(opening + count, values), Words.t("vanishing-loses", values),
                Words.t("vanishing-compare" + count, values), Words.t("vanishing-so" + count, values));
    }

    /** Where the forget gate is lowest in the learner's sentence, by kind of character. */
    static String forgetDip(GateProfile profile, WhatIf whatIf) {
        if (whatIf.forget() != WhatIf.Forget.AS_TRAINED) {
            return Words.t(whatIf.forget() == WhatIf.Forget.ZERO ? "dip-forced-0" : "dip-forced-1");
        }
        return profile.lowest().map(low -> Words.t(low.steps() == 1 ? "dip-one" : "dip-other", "kind",
                        low.kind().description(PageLanguage.current()), "mean", number(low.mean()), "steps",
                        low.steps(), "outside", number(profile.meanOutside(low.kind()))))
                .orElse(Words.t("dip-none"));
    }

    /** The model card: what the network is and how well it predicts text it never saw. */
    static String card(LstmModelCard card) {
        return Words.t("model-card", "hidden", card.hidden(), "parameters", Words.grouped(card.parameters()),
                "updates", Words.grouped(card.updates()), "characters", Words.grouped(card.trainCharacters()));
    }

    /** Which model predicts best on the held-out chapters, from the three measured perplexities. */
    static String verdict(LstmModelCard card) {
        double lstm = card.lstmPerplexity();
        if (lstm < card.fivegramPerplexity() && lstm < card.trigramPerplexity()) {
            return Words.t("verdict-both");
        }
        if (lstm < card.trigramPerplexity()) {
            return Words.t("verdict-trigram");
        }
        return Words.t("verdict-neither");
    }

    /** The readable unit found by the analysis after training. */
    static String unit(LstmModelCard card, int hidden) {
        return Words.t("unit-story", "characters", Words.grouped(card.unitCharacters()), "hidden", hidden, "unit",
                card.unit(), "feature", feature(card.unitFeature()), "r", Words.fixed(card.unitCorrelation(), 2));
    }

    /** The property of the text the readable unit follows, as the training report names it, in the page's language. */
    static String feature(String feature) {
        String name = "feature-" + feature.strip().replace(' ', '-');
        LessonText text = PageLanguage.text("lstm");
        return text.names().contains(name) ? text.plain(name) : feature;
    }
}
