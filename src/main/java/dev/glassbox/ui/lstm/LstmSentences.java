package dev.glassbox.ui.lstm;

import dev.glassbox.model.lstm.GateProfile;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.VanishingGradient;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.model.lstm.WhatIfComparison;
import dev.glassbox.ui.base.Summaries;
import java.util.Locale;

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
        return "Compared with the network as trained: at step " + (w.step() + 1) + " the cell state moved by "
                + number(w.cellChange()) + " per unit on average (its usual size there is " + number(w.cellSize())
                + "), and the most likely next character is “" + LstmEquations.show(w.topChanged()) + "” instead of “"
                + LstmEquations.show(w.topTrained()) + "”. Over the whole sentence the top prediction changed at "
                + w.changedSteps() + " of " + w.steps() + " steps.";
    }

    /** The worked example of the vanishing gradient for the reading the learner sees (with its switches). */
    static String vanishing(VanishingGradient v, WhatIf whatIf) {
        String steps = steps(v.steps());
        return switch (whatIf.forget()) {
            case ZERO -> "With f forced to 0, every factor is 0: over the last " + steps + " the product is 0 for every "
                    + "unit. No error travels back along the memory at all, so nothing read earlier could be learned "
                    + "through it.";
            case ONE -> "With f forced to 1, every factor is 1: over the last " + steps + " the product is exactly 1 "
                    + "for every unit. The error travels back along the memory unchanged, however far.";
            case AS_TRAINED -> "Over " + asTrained(v);
        };
    }

    /** The same example for the network as trained, shown beside a what-if. */
    static String vanishingAsTrained(VanishingGradient v) {
        return "As trained, with no switch on: over " + asTrained(v);
    }

    private static String steps(int n) {
        return n == 1 ? "1 step" : n + " steps";
    }

    private static String asTrained(VanishingGradient v) {
        int n = v.steps();
        int keeps = v.longestUnit();
        int loses = v.shortestUnit();
        return "the last " + steps(n) + " of your sentence, unit " + keeps + " keeps the most: its forget gate is "
                + "about " + number(v.typicalFactor(keeps)) + " per step (geometric mean), and the product of its " + n
                + (n == 1 ? " factor" : " factors") + " is " + number(v.product(keeps)) + ". Unit " + loses
                + " keeps the least: about " + number(v.typicalFactor(loses)) + " per step, product "
                + number(v.product(loses)) + ". For comparison, " + n + " factors of 0.5 multiply to "
                + number(Math.pow(0.5, n)) + " and " + n + " factors of 0.95 to " + number(Math.pow(0.95, n))
                + ". So an error at the last character reaches " + steps(n) + " back multiplied by "
                + number(v.product(loses)) + " along unit " + loses + "'s memory, and by " + number(v.product(keeps))
                + " along unit " + keeps + "'s.";
    }

    /** Where the forget gate is lowest in the learner's sentence, by kind of character. */
    static String forgetDip(GateProfile profile, WhatIf whatIf) {
        if (whatIf.forget() != WhatIf.Forget.AS_TRAINED) {
            return "With the forget gate forced to " + (whatIf.forget() == WhatIf.Forget.ZERO ? "0" : "1")
                    + ", it is the same at every step.";
        }
        return profile.lowest().map(low -> "In your sentence the forget gate is lowest, on average over all units, "
                + "when the network reads " + low.kind().description() + ": mean f = " + number(low.mean()) + " over "
                + low.steps() + (low.steps() == 1 ? " step" : " steps") + ", against " + number(profile.meanOutside(
                low.kind())) + " at the other steps — there it forgets most.")
                .orElse("Your sentence has only one kind of character, so there is nothing to compare.");
    }

    /** The model card: what the network is and how well it predicts text it never saw. */
    static String card(LstmModelCard card) {
        return "One LSTM layer of " + card.hidden() + " units with a softmax readout, " + String.format(Locale.ROOT,
                "%,d", card.parameters()) + " numbers in all, trained in this project for " + String.format(
                Locale.ROOT, "%,d", card.updates()) + " updates on " + String.format(Locale.ROOT, "%,d",
                card.trainCharacters()) + " characters of Herman Melville's Moby-Dick (chapters 1–80; public domain, "
                + "from the stdlib “datasets-moby-dick” package, PDDL 1.0 / CC0).";
    }

    /** Which model predicts best on the held-out chapters, from the three measured perplexities. */
    static String verdict(LstmModelCard card) {
        double lstm = card.lstmPerplexity();
        if (lstm < card.fivegramPerplexity() && lstm < card.trigramPerplexity()) {
            return "The LSTM predicts these unseen chapters better than both counting models.";
        }
        if (lstm < card.trigramPerplexity()) {
            return "The LSTM beats the trigram but not the 5-gram: this small network, trained briefly, has not "
                    + "learned as much about spelling as a table that counts every 4-character context.";
        }
        return "The LSTM does not beat either counting model: it is small and was trained briefly.";
    }

    /** The readable unit found by the analysis after training. */
    static String unit(LstmModelCard card, int hidden) {
        return "Most units mix many things, but some are easy to read. To find one, the network read "
                + String.format(Locale.ROOT, "%,d", card.unitCharacters()) + " characters of Moby-Dick it was not "
                + "trained on, "
                + "and for each of its " + hidden + " units we measured how closely its memory c follows four simple "
                + "properties of the text: inside a quotation, inside a word, just after a space, inside parentheses. "
                + "Unit " + card.unit() + " follows “" + card.unitFeature() + "” best: correlation r = "
                + String.format(Locale.ROOT, "%.2f", card.unitCorrelation()) + " (1 would be perfect). Here is its "
                + "memory on your sentence:";
    }
}
