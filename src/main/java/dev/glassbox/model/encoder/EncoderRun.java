package dev.glassbox.model.encoder;

import static dev.glassbox.model.attention.MultiHeadAttention.dimensions;
import static dev.glassbox.model.attention.MultiHeadAttention.matrix;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.trace.Step;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence read by {@link MiniLmEncoder}: every intermediate value of every layer (the attention weights of
 * all 72 heads included), the last hidden state and the sentence embedding.
 *
 * @param tokens       token texts (T)
 * @param ids          token ids (T)
 * @param embeddings   the embedding stage
 * @param layers       the six layers' results
 * @param mean         the mean of the last hidden state over tokens (dModel)
 * @param length       its Euclidean length
 * @param sentenceEmbedding mean / length (dModel)
 */
public record EncoderRun(List<String> tokens, int[] ids, Embeddings embeddings, List<EncoderLayer.Result> layers,
        double[] mean, double length, double[] sentenceEmbedding) {

    /** Step ids of {@link #trace}. */
    public static final String TOKENS = "tokens", TOKEN_EMBEDDINGS = "token-embeddings",
            POSITION_EMBEDDINGS = "position-embeddings", TYPE_EMBEDDINGS = "type-embeddings",
            EMBEDDING_SUM = "embedding-sum", EMBEDDING_STATS = "embedding-stats", EMBEDDING_Z = "embedding-z",
            EMBEDDING_NORM = "embedding-norm", LAYER_INPUT = "layer-input", RESIDUAL_1 = "residual-1",
            NORM_1_STATS = "norm-1-stats", NORM_1_Z = "norm-1-z", NORM_1 = "norm-1", FFN_HIDDEN = "ffn-hidden",
            GELU = "gelu", FFN_OUTPUT = "ffn-output", RESIDUAL_2 = "residual-2", NORM_2_STATS = "norm-2-stats",
            NORM_2_Z = "norm-2-z", NORM_2 = "norm-2", LAST_HIDDEN = "last-hidden-state", MEAN_POOLING = "mean-pooling",
            SENTENCE_EMBEDDING = "sentence-embedding";

    /** The embedding stage: three looked-up rows per token, their sum, and its LayerNorm. */
    public record Embeddings(
            float[][] token,    // (T, dModel)
            float[][] position, // (T, dModel)
            float[][] type,     // (T, dModel)
            float[][] sum,      // (T, dModel)
            LayerNorm.Result norm) {
    }

    public int size() {
        return ids.length;
    }

    /** The encoder's output, x⁶: (T, dModel). */
    public float[][] lastHiddenState() {
        return layers.get(layers.size() - 1).output();
    }

    /** Head {@code head} of layer {@code layer}: (T, T), row i = query token i. */
    public float[][] attention(int layer, int head) {
        return layers.get(layer).attention().weights()[head];
    }

    /**
     * Every step of the embeddings, of layer {@code layer} (with head {@code head}'s attention in detail) and of
     * the sentence embedding, told in English.
     */
    public Trace trace(int layer, int head) {
        return trace(layer, head, Language.ENGLISH);
    }

    /** The same, the steps' titles and explanations in {@code language}. */
    public Trace trace(int layer, int head, Language language) {
        LessonText text = LessonText.of(CONCEPT, language);
        List<String> dims = dimensions(MiniLmEncoder.D_MODEL, "");
        List<String> wide = dimensions(MiniLmEncoder.D_FF, "");
        Trace.Builder b = Trace.builder();
        List<Integer> idList = new ArrayList<>();
        for (int id : ids) {
            idList.add(id);
        }
        b.add(TOKENS, line(text, "step-tokens-title"), "", line(text, "step-tokens"), List.of(),
                new Value.TokenList(tokens, idList));
        b.add(TOKEN_EMBEDDINGS, line(text, "step-token-embeddings-title"), "E_token[id]",
                line(text, "step-token-embeddings", "dimensions", MiniLmEncoder.D_MODEL), List.of(TOKENS),
                matrix(embeddings.token(), tokens, dims));
        b.add(POSITION_EMBEDDINGS, line(text, "step-position-embeddings-title"), "E_position[t]",
                line(text, "step-position-embeddings"), List.of(),
                matrix(embeddings.position(), tokens, dims));
        b.add(TYPE_EMBEDDINGS, line(text, "step-type-embeddings-title"), "E_type[0]",
                line(text, "step-type-embeddings"), List.of(),
                matrix(embeddings.type(), tokens, dims));
        b.add(EMBEDDING_SUM, line(text, "step-sum-title"), "x = E_token + E_position + E_type",
                line(text, "step-sum"),
                List.of(TOKEN_EMBEDDINGS, POSITION_EMBEDDINGS, TYPE_EMBEDDINGS), matrix(embeddings.sum(), tokens, dims));
        norm(b, text, embeddings.norm(), EMBEDDING_SUM, EMBEDDING_STATS, EMBEDDING_Z, EMBEDDING_NORM,
                "step-stats-embeddings", dims);
        EncoderLayer.Result r = layers.get(layer);
        b.add(LAYER_INPUT, line(text, "step-input-title", "layer", layer), inputEquation(text, layer),
                layer == 0 ? line(text, "step-input-first") : line(text, "step-input-later", "layer", layer, "previous", layer - 1),
                layer == 0 ? List.of(EMBEDDING_NORM) : List.of(), matrix(r.input(), tokens, dims));
        MultiHeadAttention.trace(b, r.attention(), head, tokens, LAYER_INPUT, language);
        String x = "x" + superscript(layer);
        b.add(RESIDUAL_1, line(text, "step-residual-title"), x + " + MultiHead(" + x + ")",
                line(text, "step-residual-1"),
                List.of(LAYER_INPUT, MultiHeadAttention.OUTPUT), matrix(r.residual1(), tokens, dims));
        norm(b, text, r.norm1(), RESIDUAL_1, NORM_1_STATS, NORM_1_Z, NORM_1, "step-stats-sum", dims);
        b.add(FFN_HIDDEN, line(text, "step-widen-title"), "u = x₁·W₁ + b₁",
                line(text, "step-widen", "wide", MiniLmEncoder.D_FF), List.of(NORM_1),
                matrix(r.feedForward().hidden(), tokens, wide));
        b.add(GELU, "GELU", "GELU(u) = u · ½(1 + erf(u/√2))", geluExplanation(language),
                List.of(FFN_HIDDEN), matrix(r.feedForward().activated(), tokens, wide));
        b.add(FFN_OUTPUT, line(text, "step-narrow-title"), "GELU(u)·W₂ + b₂",
                line(text, "step-narrow", "dimensions", MiniLmEncoder.D_MODEL), List.of(GELU),
                matrix(r.feedForward().output(), tokens, dims));
        b.add(RESIDUAL_2, line(text, "step-residual-title"), "x₁ + FFN(x₁)",
                line(text, "step-residual-2", "layer", layer, "power", superscript(layer + 1)),
                List.of(NORM_1, FFN_OUTPUT), matrix(r.residual2(), tokens, dims));
        norm(b, text, r.norm2(), RESIDUAL_2, NORM_2_STATS, NORM_2_Z, NORM_2, "step-stats-sum", dims);
        boolean last = layer == layers.size() - 1;
        b.add(LAST_HIDDEN, line(text, "step-last-title"),
                line(text, "step-last-equation", "power", superscript(layers.size()), "last", layers.size() - 1),
                last ? line(text, "step-last-is-layer", "layer", layer)
                        : line(text, "step-last-other", "last", layers.size() - 1, "layer", layer),
                last ? List.of(NORM_2) : List.of(), matrix(lastHiddenState(), tokens, dims));
        b.add(MEAN_POOLING, line(text, "step-pooling-title"), "m = (1/T) Σₜ x⁶ₜ",
                line(text, "step-pooling", "tokens", size()), List.of(LAST_HIDDEN),
                new Value.Vector(mean, dims));
        b.add(SENTENCE_EMBEDDING, line(text, "step-sentence-title"),
                decimals(language, String.format(Locale.ROOT, "e = m / ‖m‖ = m / %.4f", length)),
                line(text, "step-sentence"),
                List.of(MEAN_POOLING), new Value.Vector(sentenceEmbedding, dims));
        return b.build();
    }

    /** The input of layer {@code layer} and every step of its head {@code head}'s attention. */
    public Trace attentionTrace(int layer, int head) {
        return attentionTrace(layer, head, Language.ENGLISH);
    }

    /** The same, told in {@code language}. */
    public Trace attentionTrace(int layer, int head, Language language) {
        LessonText text = LessonText.of(CONCEPT, language);
        EncoderLayer.Result r = layers.get(layer);
        Trace.Builder b = Trace.builder();
        b.add(LAYER_INPUT, line(text, "step-input-title", "layer", layer), inputEquation(text, layer),
                layer == 0 ? line(text, "step-attention-input-first", "dimensions", MiniLmEncoder.D_MODEL)
                        : line(text, "step-attention-input-later", "dimensions", MiniLmEncoder.D_MODEL, "previous", layer - 1),
                List.of(), matrix(r.input(), tokens, dimensions(MiniLmEncoder.D_MODEL, "")));
        MultiHeadAttention.trace(b, r.attention(), head, tokens, LAYER_INPUT, language);
        return b.build();
    }

    /**
     * The steps of {@link #trace} whose ids are in {@code shown}, in trace order; each step's inputs are cut to the
     * steps kept, so the part reads on its own.
     */
    public Trace part(int layer, int head, Collection<String> shown) {
        return part(layer, head, shown, Language.ENGLISH);
    }

    /** The same, told in {@code language}. */
    public Trace part(int layer, int head, Collection<String> shown, Language language) {
        Set<String> keep = Set.copyOf(shown);
        Trace.Builder part = Trace.builder();
        for (Step s : trace(layer, head, language).steps()) {
            if (keep.contains(s.id())) {
                part.add(new Step(s.id(), s.title(), s.equation(), s.explanation(),
                        s.inputs().stream().filter(keep::contains).toList(), s.value()));
            }
        }
        return part.build();
    }

    /** Layer l (counted from 0) reads xˡ and writes xˡ⁺¹; x⁰ is the normalised embeddings. */
    static String inputEquation(int layer) {
        return inputEquation(LessonText.of(CONCEPT), layer);
    }

    private static String inputEquation(LessonText text, int layer) {
        return layer == 0 ? "x⁰ = LayerNorm(embeddings)"
                : line(text, "step-input-equation", "power", superscript(layer), "previous", layer - 1);
    }

    /** A small number as superscript digits (x⁶). */
    static String superscript(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return out.toString();
    }

    /** What GELU does, with its values at a few points computed. */
    static String geluExplanation() {
        return geluExplanation(Language.ENGLISH);
    }

    static String geluExplanation(Language language) {
        return line(LessonText.of(CONCEPT, language), "step-gelu", "minusThree", gelu(-3, language),
                "three", gelu(3, language), "one", gelu(1, language), "minusOne", gelu(-1, language));
    }

    private static String gelu(double x, Language language) {
        return decimals(language, String.format(Locale.ROOT, "%.4f", FeedForward.gelu(x)));
    }

    /** The lesson whose file holds the encoder's sentences. */
    static final String CONCEPT = "encoder";

    /**
     * Section {@code name} of {@code text} as one line, {@code keyValues} alternating placeholder names and values;
     * the values are shown exactly as they are (LessonText fills them in as plain text).
     */
    static String line(LessonText text, String name, Object... keyValues) {
        return text.line(name, keyValues);
    }

    /** A number written with a full stop before its decimals, with {@code language}'s decimal separator. */
    static String decimals(Language language, String raw) {
        return language.decimals(raw);
    }

    private void norm(Trace.Builder b, LessonText text, LayerNorm.Result n, String input, String stats, String z,
            String out, String what, List<String> dims) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < n.mu().length; t++) {
            rows.add(List.of(tokens.get(t), (double) n.mu()[t], (double) n.variance()[t], n.sigma(t)));
        }
        b.add(stats, line(text, "step-stats-title"), "μ = (1/n) Σ xᵢ,  σ = √((1/n) Σ (xᵢ − μ)² + ε)",
                line(text, what, "dimensions", MiniLmEncoder.D_MODEL),
                List.of(input), new Value.Table(List.of(line(text, "column-token"), line(text, "column-mean"),
                        line(text, "column-variance"), line(text, "column-sd")), rows));
        b.add(z, line(text, "step-z-title"), "zᵢ = (xᵢ − μ) / σ",
                line(text, "step-z"),
                List.of(input, stats), matrix(n.z(), tokens, dims));
        b.add(out, line(text, "step-scale-title"), "yᵢ = γᵢ·zᵢ + βᵢ",
                line(text, "step-scale"), List.of(z), matrix(n.y(), tokens, dims));
    }
}
