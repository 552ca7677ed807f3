package dev.glassbox.model.lesson;

import java.util.List;
import java.util.Map;

/**
 * The predict-then-check questions each lesson view asks, listed by the view's route so that a lesson can point at
 * one of them. A question's wording here is general ("Which token does the query attend to most?"); its choices and
 * its correct answer are computed by the view from the model for the learner's own input. On the page the question's
 * element has the id {@code question-<id>}.
 */
public final class ViewQuestions {

    /** One question: its id (unique within its view) and its general wording. */
    public record Entry(String id, String prompt) {
    }

    private static final List<Entry> PYTHON = List.of(
            new Entry("py-lines", "How many lines will the example print?"),
            new Entry("py-line", "What will one given line of the example's output say?"));

    private static final Map<String, List<Entry>> BY_ROUTE = Map.ofEntries(
            Map.entry("tokens", List.of(
                    new Entry("wp-count", "Into how many WordPiece tokens will your longest word be cut?"),
                    new Entry("bpe-first", "Which pair of bytes will byte-level BPE join first?"))),
            Map.entry("embeddings", List.of(
                    new Entry("emb-pair", "Which two of your words have the most similar vectors?"),
                    new Entry("emb-nearest", "Which of four words is nearest to your word?"),
                    new Entry("emb-analogy", "Which word does the word arithmetic land nearest to?"))),
            Map.entry("positions", List.of(
                    new Entry("pe-fastest", "Which pair of dimensions changes fastest from one position to the next?"),
                    new Entry("pe-fading", "Are two positions further apart always less alike?"))),
            Map.entry("attention", List.of(
                    new Entry("attn-top", "Which token does the query token attend to most in the head shown?"),
                    new Entry("attn-cls", "What share of the query token's attention goes to [CLS]?"))),
            Map.entry("encoder", List.of(
                    new Entry("enc-norm-mean", "What is the mean of a token's numbers after LayerNorm?"),
                    new Entry("enc-length", "What is the length of the sentence embedding?"))),
            Map.entry("python/objects", PYTHON),
            Map.entry("python/encapsulation", PYTHON),
            Map.entry("python/abstraction", PYTHON),
            Map.entry("python/inheritance", PYTHON),
            Map.entry("decoder", List.of(
                    new Entry("mask-above", "How much of a head's attention weight lies above the diagonal, on later "
                            + "characters?"),
                    new Entry("next-first", "Which character will the decoder rank first after your text?"))),
            Map.entry("generate", List.of(
                    new Entry("temperature-two", "Does temperature 2 make the most likely first character more or "
                            + "less likely?"),
                    new Entry("kept-count", "How many characters are left to draw from with your temperature, top-k "
                            + "and top-p?"))),
            Map.entry("translate", List.of(
                    new Entry("tr-ahead", "Does the first character of your date attend to the characters after it "
                            + "in the encoder?"),
                    new Entry("tr-cross", "Which character of your date does the decoder look at most while writing "
                            + "the current token?"))),
            Map.entry("lstm", List.of(
                    new Entry("closed-gate", "Which gate is the most closed at the last character?"),
                    new Entry("forget-zero", "What would the cell state cₜ be if the forget gate were 0?"))),
            Map.entry("zscores", List.of(
                    new Entry("above-one", "Is your highest value's z-score above 1?"),
                    new Entry("percentile", "What percentage of a normal population lies below your lowest value?"))),
            Map.entry("normal", List.of(
                    new Entry("half", "Is P(a ≤ X ≤ b) more than one half?"),
                    new Entry("area", "What is the area P(a ≤ X ≤ b)?"))));

    private ViewQuestions() {
    }

    /** The questions the view at {@code route} (e.g. {@code "attention"}, no leading slash) asks, in page order. */
    public static List<Entry> of(String route) {
        return BY_ROUTE.getOrDefault(route, List.of());
    }
}
