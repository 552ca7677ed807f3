package dev.glassbox.ui.embedding;

import dev.glassbox.model.embedding.Analogy;
import dev.glassbox.model.embedding.CosineSimilarity;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.WordVector;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The embeddings lesson's predict-then-check questions, computed from the GloVe vectors for the learner's words. */
final class EmbeddingsQuestions {

    /** Which pair of the sentence's words has the highest cosine (before the similarity matrix). */
    static final String MOST_SIMILAR_PAIR = "emb-pair";
    /** Which of four words is the chosen word's nearest neighbour (before its numbers and neighbours). */
    static final String NEAREST = "emb-nearest";
    /** What a − b + c comes closest to (before the analogy's answer). */
    static final String ANALOGY = "emb-analogy";

    /** The neighbour ranks (1 = nearest) offered as choices: the nearest and three further down the list. */
    static final int[] NEIGHBOUR_RANKS = {1, 10, 40, 100};

    private EmbeddingsQuestions() {
    }

    private record Pair(WordVector a, WordVector b, double cosine) {
        String label() {
            return a.word() + " & " + b.word();
        }
    }

    /** Needs three distinct words with vectors (three pairs); offers the best, the worst and two pairs between. */
    static Optional<Prediction> mostSimilarPair(List<WordVector> distinct) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                pairs.add(new Pair(distinct.get(i), distinct.get(j),
                        CosineSimilarity.cosine(distinct.get(i).values(), distinct.get(j).values())));
            }
        }
        if (pairs.size() < 3) {
            return Optional.empty();
        }
        List<Pair> byCosine = new ArrayList<>(pairs);
        byCosine.sort(Comparator.comparingDouble(Pair::cosine).reversed()); // stable: ties keep sentence order
        Pair best = byCosine.getFirst();
        Pair worst = byCosine.getLast();
        List<Pair> offered = new ArrayList<>(List.of(best, worst));
        for (int at : new int[] {byCosine.size() / 3, 2 * byCosine.size() / 3}) {
            if (!offered.contains(byCosine.get(at))) {
                offered.add(byCosine.get(at));
            }
        }
        offered.sort(Comparator.comparing(Pair::label));
        List<Prediction.Choice> choices = new ArrayList<>();
        for (int k = 0; k < offered.size(); k++) {
            choices.add(new Prediction.Choice("p" + k, offered.get(k).label()));
        }
        String why = "cos(" + best.a().word() + ", " + best.b().word() + ") = " + Summaries.number(best.cosine())
                + " is the highest of the " + pairs.size() + " pairs of your words; the lowest is cos(" + worst.a().word()
                + ", " + worst.b().word() + ") = " + Summaries.number(worst.cosine()) + ".";
        return Optional.of(Prediction.choice(MOST_SIMILAR_PAIR,
                "Which two of your words point most nearly the same way (the highest cosine similarity)?", choices,
                "p" + offered.indexOf(best), why));
    }

    /** The nearest of all words to {@code word}, offered with the words at ranks 10, 40 and 100. */
    static Optional<Prediction> nearest(GloveVectors glove, WordVector word) {
        List<NearestNeighbours.Neighbour> list = NearestNeighbours.of(glove, word, NEIGHBOUR_RANKS[NEIGHBOUR_RANKS.length - 1])
                .neighbours();
        if (list.size() < NEIGHBOUR_RANKS[NEIGHBOUR_RANKS.length - 1]) {
            return Optional.empty();
        }
        List<NearestNeighbours.Neighbour> offered = new ArrayList<>();
        for (int rank : NEIGHBOUR_RANKS) {
            offered.add(list.get(rank - 1));
        }
        List<NearestNeighbours.Neighbour> sorted = new ArrayList<>(offered);
        sorted.sort(Comparator.comparing(NearestNeighbours.Neighbour::word));
        List<Prediction.Choice> choices = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            choices.add(new Prediction.Choice("w" + k, sorted.get(k).word()));
        }
        StringBuilder why = new StringBuilder("Of all ").append(String.format(Locale.ROOT, "%,d", glove.size()))
                .append(" words, “").append(offered.getFirst().word()).append("” has the highest cosine with “")
                .append(word.word()).append("”: ").append(Summaries.number(offered.getFirst().cosine()));
        for (int k = 1; k < offered.size(); k++) {
            why.append(k == 1 ? "; " : k == offered.size() - 1 ? " and " : ", ").append("“").append(offered.get(k).word())
                    .append("” is number ").append(NEIGHBOUR_RANKS[k]).append(" (").append(Summaries.number(offered.get(k).cosine()))
                    .append(")");
        }
        why.append('.');
        return Optional.of(Prediction.choice(NEAREST, "Which of these words is nearest to “" + word.word()
                + "” among all " + String.format(Locale.ROOT, "%,d", glove.size()) + " words?", choices,
                "w" + sorted.indexOf(offered.getFirst()), why.toString()));
    }

    /** What a − b + c comes closest to, offered with the next three candidates of the same search. */
    static Optional<Prediction> analogy(GloveVectors glove, String a, String b, String c) {
        Analogy.Result r;
        try {
            r = Analogy.solve(glove, a, b, c, 4);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        List<NearestNeighbours.Neighbour> candidates = r.candidates();
        if (candidates.size() < 2) {
            return Optional.empty();
        }
        List<NearestNeighbours.Neighbour> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(NearestNeighbours.Neighbour::word));
        List<Prediction.Choice> choices = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            choices.add(new Prediction.Choice("w" + k, sorted.get(k).word()));
        }
        NearestNeighbours.Neighbour best = r.answer();
        NearestNeighbours.Neighbour second = candidates.get(1);
        String sum = r.a().word() + " − " + r.b().word() + " + " + r.c().word();
        String why = "The vector " + sum + " has cosine " + Summaries.number(best.cosine()) + " with “" + best.word()
                + "”, the highest of all words but the three you gave; the runner-up, “" + second.word() + "”, has "
                + Summaries.number(second.cosine()) + ".";
        return Optional.of(Prediction.choice(ANALOGY, "Which word will " + sum + " land nearest to?", choices,
                "w" + sorted.indexOf(best), why));
    }
}
