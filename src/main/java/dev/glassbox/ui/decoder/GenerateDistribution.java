package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharVocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One step's distribution as the lesson shows it: every character with the model's own probability softmax(z), the
 * probability after temperature softmax(z / τ), and — if the character survives top-k and top-p — the renormalised
 * probability it is drawn with; the rest are cut, each with the rule that cut it. The kept set and its numbers are
 * {@link Sampling#candidates}'s own; only the reason for a cut is worked out here, by the same order of rules.
 *
 * @param rows    every character, most likely first (by logit; ties by id)
 * @param kept    how many characters are kept
 * @param mass    the probability after temperature that the kept characters held before renormalising
 * @param chosen  the id of the character drawn, or −1 when none was drawn yet
 * @param candidates {@link Sampling#candidates}: the kept characters in the order the draw lays them end to end
 */
record GenerateDistribution(List<Row> rows, int kept, double mass, int chosen, Sampling sampling,
                            List<Sampling.Candidate> candidates) {

    /** Why a character may not be drawn. */
    enum Cut {
        NONE(""), GREEDY("greedy"), TOP_K("top-k"), TOP_P("top-p");

        private final String rule;

        Cut(String rule) {
            this.rule = rule;
        }

        /** The rule's name as the lesson writes it ("top-k"); empty for a kept character. */
        String rule() {
            return rule;
        }
    }

    /**
     * One character.
     *
     * @param model    softmax(z), the model's own probability (τ = 1)
     * @param tempered softmax(z / τ), before any cut
     * @param drawn    the renormalised probability it is drawn with; 0 when cut
     */
    record Row(int id, String symbol, double logit, double model, double tempered, double drawn, Cut cut) {
        boolean isKept() {
            return cut == Cut.NONE;
        }
    }

    static GenerateDistribution of(float[] logits, Sampling sampling, CharVocabulary vocabulary, int chosen) {
        double[] model = Sampling.PLAIN.probabilities(logits);
        double[] tempered = sampling.probabilities(logits);
        List<Sampling.Candidate> candidates = sampling.candidates(logits);
        Map<Integer, Double> drawn = new HashMap<>();
        candidates.forEach(c -> drawn.put(c.id(), c.probability()));
        // Sampling's own order, to tell which rule cut a character: most likely after τ first, ties by id
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < logits.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -tempered[i]).thenComparingInt(i -> i));
        int[] rank = new int[logits.length];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r;
        }
        double mass = 0;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < logits.length; i++) {
            Cut cut = drawn.containsKey(i) ? Cut.NONE
                    : sampling.temperature() == 0 ? Cut.GREEDY
                    : sampling.topK() > 0 && rank[i] >= sampling.topK() ? Cut.TOP_K : Cut.TOP_P;
            if (cut == Cut.NONE) {
                mass += tempered[i];
            }
            rows.add(new Row(i, vocabulary.symbol(i), logits[i], model[i], tempered[i], drawn.getOrDefault(i, 0.0), cut));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -r.logit()).thenComparingInt(Row::id));
        return new GenerateDistribution(List.copyOf(rows), candidates.size(), mass, chosen, sampling, candidates);
    }

    /** The most likely character (the largest logit). */
    Row top() {
        return rows.getFirst();
    }

    /** The row of character {@code id}. */
    Row row(int id) {
        return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /**
     * The slice [from, to) of [0, 1) that belongs to kept character {@code id} when the kept characters are laid end
     * to end in the draw's order: a uniform u in it draws that character ({@link Sampling#draw}; the last slice runs
     * to 1, as the draw's rounding guard does).
     */
    double[] slice(int id) {
        double from = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Sampling.Candidate c = candidates.get(i);
            if (c.id() == id) {
                return new double[] {from, i == candidates.size() - 1 ? 1 : from + c.probability()};
            }
            from += c.probability();
        }
        throw new IllegalArgumentException("character " + id + " is not kept");
    }

    /** How many characters one rule cut. */
    long cutBy(Cut cut) {
        return rows.stream().filter(r -> r.cut() == cut).count();
    }
}
