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

    /** The questions by id only; their wording is the section {@code question-<id>} of the "class" lesson file. */
    private static final List<String> PYTHON = List.of(
            q("py-lines"),
            q("py-line"));

    private static final Map<String, List<String>> BY_ROUTE = Map.ofEntries(
            Map.entry("tokens", List.of(
                    q("wp-count"),
                    q("bpe-first"))),
            Map.entry("embeddings", List.of(
                    q("emb-pair"),
                    q("emb-nearest"),
                    q("emb-analogy"))),
            Map.entry("positions", List.of(
                    q("pe-fastest"),
                    q("pe-fading"))),
            Map.entry("attention", List.of(
                    q("attn-top"),
                    q("attn-cls"))),
            Map.entry("encoder", List.of(
                    q("enc-norm-mean"),
                    q("enc-length"))),
            Map.entry("python/objects", PYTHON),
            Map.entry("python/encapsulation", PYTHON),
            Map.entry("python/abstraction", PYTHON),
            Map.entry("python/inheritance", PYTHON),
            Map.entry("decoder", List.of(
                    q("mask-above"),
                    q("next-first"))),
            Map.entry("generate", List.of(
                    q("temperature-two"),
                    q("kept-count"))),
            Map.entry("translate", List.of(
                    q("tr-ahead"),
                    q("tr-cross"))),
            Map.entry("lstm", List.of(
                    q("closed-gate"),
                    q("forget-zero"))),
            Map.entry("zscores", List.of(
                    q("above-one"),
                    q("percentile"))),
            Map.entry("normal", List.of(
                    q("half"),
                    q("area"))));

    private ViewQuestions() {
    }

    /** The questions the view at {@code route} (e.g. {@code "attention"}, no leading slash) asks, in page order. */
    public static List<Entry> of(String route) {
        return of(route, Language.ENGLISH);
    }

    /** As {@link #of(String)}, each question worded in {@code language}. */
    public static List<Entry> of(String route, Language language) {
        LessonText text = LessonText.of("class", language);
        return BY_ROUTE.getOrDefault(route, List.of()).stream()
                .map(id -> new Entry(id, text.plain("question-" + id))).toList();
    }

    /** The wording of question {@code id} of the view at {@code route} in {@code language}, if the view asks it. */
    public static java.util.Optional<String> prompt(String route, String id, Language language) {
        return BY_ROUTE.getOrDefault(route, List.of()).contains(id)
                ? java.util.Optional.of(LessonText.of("class", language).plain("question-" + id))
                : java.util.Optional.empty();
    }

    private static String q(String id) {
        return id;
    }
}
