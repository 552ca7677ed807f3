package dev.glassbox.ui.decoder;

import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decoder lesson's predict-then-check questions, each computed from the model's forward pass over the learner's
 * text: which character the model ranks first after it, and how much of a head's attention weight lies above the
 * diagonal (on characters still to come).
 */
final class DecoderQuestions {

    static final String NEXT = "next-first";
    static final String MASK = "mask-above";
    /** How many candidates the next-character question offers: the model's four most likely. */
    static final int CHOICES = 4;
    /** How many of the text's last characters a prompt quotes. */
    private static final int QUOTED = 12;

    private DecoderQuestions() {
    }

    /**
     * Which of the model's four most likely next characters it ranks first. The choices are listed in the
     * vocabulary's order, so their position does not give the answer away.
     */
    static Prediction next(DecoderReading r) {
        int last = r.size() - 1;
        List<DecoderReading.Prediction> top = r.top(last, CHOICES);
        DecoderReading.Prediction first = top.getFirst();
        List<Prediction.Choice> choices = top.stream()
                .sorted(Comparator.comparingInt(DecoderReading.Prediction::id))
                .map(p -> new Prediction.Choice(key(p.id()), DecoderSentences.named(p.character())))
                .toList();
        String others = top.subList(1, top.size()).stream()
                .map(p -> DecoderSentences.named(p.character()) + " " + Summaries.number(p.probability(), 3))
                .collect(Collectors.joining(", "));
        String why = Texts.decoder("question-next-why", "tail", tail(r), "first", DecoderSentences.named(first.character()),
                "p", Summaries.number(first.probability(), 3), "v", r.model().vocabulary().size(), "others", others);
        return Prediction.choice(NEXT, Texts.decoder("question-next", "tail", tail(r)), choices, key(first.id()), why);
    }

    /** The key of character {@code id} in a link: {@code c12}. */
    static String key(int id) {
        return "c" + id;
    }

    /** The end of the text as a prompt quotes it: “…Ishmael.” (the whole text when short). */
    static String tail(DecoderReading r) {
        List<String> read = r.characters();
        boolean cut = read.size() > QUOTED || r.dropped() > 0;
        return "“" + (cut ? "…" : "") + String.join("", read.subList(Math.max(0, read.size() - QUOTED), read.size())) + "”";
    }

    /** How the weight above the diagonal compares, as the mask question's choices say it. */
    enum Share {
        NONE("none"),
        SOME("some"),
        HALF("half");

        private final String key;

        Share(String key) {
            this.key = key;
        }

        /** The choice as the question says it, in the page's language. */
        String label() {
            return Texts.decoder("question-mask-" + key);
        }

        /** The share that a weight sum {@code above} out of {@code total} falls into. */
        static Share of(double above, double total) {
            return above == 0 ? NONE : above < total / 2 ? SOME : HALF;
        }
    }

    /**
     * How much of head {@code head}'s attention weight in block {@code layer} lies above the diagonal, i.e. on
     * characters after the one that looks. The rows each sum to 1, so all T rows hold T in all.
     */
    static Prediction mask(DecoderReading r, int layer, int head) {
        float[][] w = r.run().blocks().get(layer).attention().weights()[head]; // (T, T)
        int n = w.length;
        double above = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                total += w[i][j];
                if (j > i) {
                    above += w[i][j];
                }
            }
        }
        Share share = Share.of(above, total);
        long cells = (long) n * (n - 1) / 2;
        String why = cells == 0 ? Texts.decoder("question-mask-why-one")
                : Texts.decoder("question-mask-why", "cells", cells, "above", Summaries.number(above), "n", n,
                        "total", Summaries.number(total, 3));
        List<Prediction.Choice> choices = List.of(Share.values()).stream()
                .map(s -> new Prediction.Choice(s.key, s.label())).toList();
        return Prediction.choice(MASK, Texts.decoder("question-mask", "l", layer, "h", head), choices, share.key, why);
    }
}
