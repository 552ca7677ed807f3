package dev.glassbox.ui.tokenize;

import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tokens lesson's predict-then-check questions, computed from the tokenizers for the learner's sentence. */
final class TokensQuestions {

    /** How many WordPiece tokens the longest word becomes (before the three tokenizers side by side). */
    static final String WORDPIECE_COUNT = "wp-count";
    /** Which adjacent pair byte-level BPE merges first (before the merge stepper). */
    static final String FIRST_MERGE = "bpe-first";

    private TokensQuestions() {
    }

    /** The sentence's longest word as the WordPiece search sees it (the first of the longest), if it has one. */
    static Optional<String> longestWord(TokensLesson lesson) {
        return lesson.words.stream().filter(w -> !w.startsWith("[") || !w.endsWith("]"))
                .max(Comparator.comparingInt((String w) -> w.codePointCount(0, w.length()))
                        .thenComparing(w -> -lesson.words.indexOf(w)));
    }

    static Optional<Prediction> wordPieceCount(TokensLesson lesson) {
        return longestWord(lesson).map(word -> {
            WordPieceTokenizer.Search search = WordPieceTokenizer.minilm().longestMatch(word);
            int n = search.pieces().size();
            String why = TokensText.plain(search.unknown() ? "wp-count-unknown" : n == 1 ? "wp-count-whole" : "wp-count-pieces",
                    "vocabulary", grouped(WordPieceTokenizer.minilm().vocabularySize()), "word", word,
                    "pieces", String.join(" + ", search.pieces()));
            return Prediction.number(WORDPIECE_COUNT, TokensText.plain("wp-count-question", "word", word), n, 0,
                    Integer.toString(n), why);
        });
    }

    /**
     * Which pair is merged first: the adjacent pair of bytes, anywhere in the sentence, whose joined bytes have the
     * lowest rank in GPT-2's merge list; the other choices are other pairs of the same sentence.
     */
    static Optional<Prediction> firstMerge(TokensLesson lesson) {
        BytePairTokenizer.Replay replay = lesson.replay;
        if (replay.merges().isEmpty()) {
            return Optional.empty();
        }
        BytePairTokenizer.Merge first = replay.merges().getFirst();
        String truth = label(first.left(), first.right());
        Set<String> others = new LinkedHashSet<>();
        for (List<String> piece : replay.symbols()) {
            for (int i = 0; i + 1 < piece.size(); i++) {
                String pair = label(piece.get(i), piece.get(i + 1));
                if (!pair.equals(truth)) {
                    others.add(pair);
                }
            }
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        // The distractors: spread over the sentence (first, middle, last distinct pair), the truth among them in
        // alphabetical order so that its place tells nothing.
        List<String> pool = new ArrayList<>(others);
        List<String> labels = new ArrayList<>();
        labels.add(truth);
        for (int at : new int[] {0, pool.size() / 2, pool.size() - 1}) {
            if (!labels.contains(pool.get(at))) {
                labels.add(pool.get(at));
            }
        }
        labels.sort(Comparator.naturalOrder());
        List<Prediction.Choice> choices = new ArrayList<>();
        String correct = null;
        for (int k = 0; k < labels.size(); k++) {
            choices.add(new Prediction.Choice("p" + k, labels.get(k)));
            if (labels.get(k).equals(truth)) {
                correct = "p" + k;
            }
        }
        int total = replay.merges().size();
        String why = TokensText.plain(total == 1 ? "first-merge-why-one" : "first-merge-why-other", "left", first.left(),
                "right", first.right(), "merged", first.merged(), "rank", grouped(first.rank()),
                "piece", replay.pieces().get(first.piece()), "total", total);
        return Optional.of(Prediction.choice(FIRST_MERGE, TokensText.plain("first-merge-question"), choices, correct, why));
    }

    /** A whole number with the page's language's thousands separator (30,522 in English, 30.522 in Spanish). */
    static String grouped(long n) {
        return String.format(PageLanguage.current().locale(), "%,d", n);
    }

    private static String label(String left, String right) {
        return left + " + " + right;
    }
}
