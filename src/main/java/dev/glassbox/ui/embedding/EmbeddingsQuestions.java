package dev.glassbox.ui.embedding;

import dev.glassbox.model.embedding.Analogy;
import dev.glassbox.model.embedding.CosineSimilarity;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.WordVector;
import dev.glassbox.model.embedding.Words;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        String why = EmbeddingsView.say("pair-why", "a", best.a().word(), "b", best.b().word(),
                "best", Summaries.number(best.cosine()), "pairs", pairs.size(), "c", worst.a().word(), "d", worst.b().word(),
                "worst", Summaries.number(worst.cosine()));
        return Optional.of(Prediction.choice(MOST_SIMILAR_PAIR, EmbeddingsView.say("pair-prompt"), choices,
                "p" + offered.indexOf(best), why));
    }

    /** The nearest of all words to {@code word}, offered with the words at ranks 10, 40 and 100. */
    static Optional<Prediction> nearest(GloveVectors glove, WordVector word) {
        Language language = PageLanguage.current();
        List<NearestNeighbours.Neighbour> list = NearestNeighbours.of(glove, word, NEIGHBOUR_RANKS[NEIGHBOUR_RANKS.length - 1],
                language).neighbours();
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
        List<String> others = new ArrayList<>();
        for (int k = 1; k < offered.size(); k++) {
            others.add(EmbeddingsView.say("nearest-rank", "word", offered.get(k).word(), "rank", NEIGHBOUR_RANKS[k],
                    "cosine", Summaries.number(offered.get(k).cosine())));
        }
        String vocabulary = Words.count(language, glove.size());
        String why = EmbeddingsView.say("nearest-why", "vocabulary", vocabulary, "nearest", offered.getFirst().word(),
                "word", word.word(), "cosine", Summaries.number(offered.getFirst().cosine()),
                "others", Words.list(language, others));
        return Optional.of(Prediction.choice(NEAREST, EmbeddingsView.say("nearest-prompt", "word", word.word(),
                "vocabulary", vocabulary), choices, "w" + sorted.indexOf(offered.getFirst()), why));
    }

    /** What a − b + c comes closest to, offered with the next three candidates of the same search. */
    static Optional<Prediction> analogy(GloveVectors glove, String a, String b, String c) {
        Analogy.Result r;
        try {
            r = Analogy.solve(glove, a, b, c, 4, PageLanguage.current());
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
        String why = EmbeddingsView.say("analogy-why", "sum", sum, "cosine", Summaries.number(best.cosine()),
                "answer", best.word(), "second", second.word(), "secondCosine", Summaries.number(second.cosine()));
        return Optional.of(Prediction.choice(ANALOGY, EmbeddingsView.say("analogy-prompt", "sum", sum), choices,
                "w" + sorted.indexOf(best), why));
    }
}
