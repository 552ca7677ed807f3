package dev.glassbox.model.encoder;

import static dev.glassbox.model.attention.MultiHeadAttention.dimensions;
import static dev.glassbox.model.attention.MultiHeadAttention.matrix;

import dev.glassbox.model.attention.MultiHeadAttention;
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
     * the sentence embedding.
     */
    public Trace trace(int layer, int head) {
        List<String> dims = dimensions(MiniLmEncoder.D_MODEL, "");
        List<String> wide = dimensions(MiniLmEncoder.D_FF, "");
        Trace.Builder b = Trace.builder();
        List<Integer> idList = new ArrayList<>();
        for (int id : ids) {
            idList.add(id);
        }
        b.add(TOKENS, "WordPiece tokens", "",
                "The sentence as the model's own tokens, with [CLS] at the start and [SEP] at the end.", List.of(),
                new Value.TokenList(tokens, idList));
        b.add(TOKEN_EMBEDDINGS, "Token embeddings", "E_token[id]",
                "Each token id picks one learned row of " + MiniLmEncoder.D_MODEL + " numbers.", List.of(TOKENS),
                matrix(embeddings.token(), tokens, dims));
        b.add(POSITION_EMBEDDINGS, "Position embeddings", "E_position[t]",
                "Position t (0 for [CLS]) picks a learned row too: this is how the model knows word order.", List.of(),
                matrix(embeddings.position(), tokens, dims));
        b.add(TYPE_EMBEDDINGS, "Token-type embeddings", "E_type[0]",
                "All tokens belong to sentence A, so every token gets the same row.", List.of(),
                matrix(embeddings.type(), tokens, dims));
        b.add(EMBEDDING_SUM, "Sum of the three", "x = E_token + E_position + E_type",
                "The three vectors are added number by number.",
                List.of(TOKEN_EMBEDDINGS, POSITION_EMBEDDINGS, TYPE_EMBEDDINGS), matrix(embeddings.sum(), tokens, dims));
        norm(b, embeddings.norm(), EMBEDDING_SUM, EMBEDDING_STATS, EMBEDDING_Z, EMBEDDING_NORM, "the embeddings", dims);
        EncoderLayer.Result r = layers.get(layer);
        b.add(LAYER_INPUT, "Input of layer " + layer, inputEquation(layer),
                layer == 0 ? "Layer 0 reads the normalised embeddings." : "Layer " + layer + " reads what layer " + (layer - 1) + " wrote.",
                layer == 0 ? List.of(EMBEDDING_NORM) : List.of(), matrix(r.input(), tokens, dims));
        MultiHeadAttention.trace(b, r.attention(), head, tokens, LAYER_INPUT);
        String x = "x" + superscript(layer);
        b.add(RESIDUAL_1, "Add: residual connection", x + " + MultiHead(" + x + ")",
                "The attention's output is added to the layer's input: the sum carries the input's own numbers forward "
                        + "next to what attention found, instead of replacing them (the LayerNorm that follows then rescales it).",
                List.of(LAYER_INPUT, MultiHeadAttention.OUTPUT), matrix(r.residual1(), tokens, dims));
        norm(b, r.norm1(), RESIDUAL_1, NORM_1_STATS, NORM_1_Z, NORM_1, "the sum", dims);
        b.add(FFN_HIDDEN, "Feed-forward: widen", "u = x₁·W₁ + b₁",
                "Each token on its own is multiplied into " + MiniLmEncoder.D_FF + " numbers.", List.of(NORM_1),
                matrix(r.feedForward().hidden(), tokens, wide));
        b.add(GELU, "GELU", "GELU(u) = u · ½(1 + erf(u/√2))", geluExplanation(),
                List.of(FFN_HIDDEN), matrix(r.feedForward().activated(), tokens, wide));
        b.add(FFN_OUTPUT, "Feed-forward: narrow", "GELU(u)·W₂ + b₂",
                "A second matrix brings each token back to " + MiniLmEncoder.D_MODEL + " numbers.", List.of(GELU),
                matrix(r.feedForward().output(), tokens, dims));
        b.add(RESIDUAL_2, "Add: residual connection", "x₁ + FFN(x₁)",
                "Again the sublayer's input is added to its output. The LayerNorm after it gives layer " + layer
                        + "'s output, x" + superscript(layer + 1) + ".",
                List.of(NORM_1, FFN_OUTPUT), matrix(r.residual2(), tokens, dims));
        norm(b, r.norm2(), RESIDUAL_2, NORM_2_STATS, NORM_2_Z, NORM_2, "the sum", dims);
        boolean last = layer == layers.size() - 1;
        b.add(LAST_HIDDEN, "Last hidden state", "x" + superscript(layers.size()) + " = output of layer " + (layers.size() - 1),
                last ? "The output of layer " + layer + " is the encoder's output: one contextual vector per token."
                        : "The encoder's output after all six layers, 0 to " + (layers.size() - 1)
                                + " (this page follows layer " + layer + " in detail).",
                last ? List.of(NORM_2) : List.of(), matrix(lastHiddenState(), tokens, dims));
        b.add(MEAN_POOLING, "Mean pooling", "m = (1/T) Σₜ x⁶ₜ",
                "The average of all " + size() + " token vectors: one vector for the whole sentence.", List.of(LAST_HIDDEN),
                new Value.Vector(mean, dims));
        b.add(SENTENCE_EMBEDDING, "Sentence embedding", String.format(Locale.ROOT, "e = m / ‖m‖ = m / %.4f", length),
                "Divided by its length, the vector has length 1, so comparing two sentences is a dot product (their cosine).",
                List.of(MEAN_POOLING), new Value.Vector(sentenceEmbedding, dims));
        return b.build();
    }

    /** The input of layer {@code layer} and every step of its head {@code head}'s attention. */
    public Trace attentionTrace(int layer, int head) {
        EncoderLayer.Result r = layers.get(layer);
        Trace.Builder b = Trace.builder();
        b.add(LAYER_INPUT, "Input of layer " + layer, inputEquation(layer),
                "One vector of " + MiniLmEncoder.D_MODEL + " numbers per token: "
                        + (layer == 0 ? "the embeddings, normalised." : "what layer " + (layer - 1) + " wrote."),
                List.of(), matrix(r.input(), tokens, dimensions(MiniLmEncoder.D_MODEL, "")));
        MultiHeadAttention.trace(b, r.attention(), head, tokens, LAYER_INPUT);
        return b.build();
    }

    /**
     * The steps of {@link #trace} whose ids are in {@code shown}, in trace order; each step's inputs are cut to the
     * steps kept, so the part reads on its own.
     */
    public Trace part(int layer, int head, Collection<String> shown) {
        Set<String> keep = Set.copyOf(shown);
        Trace.Builder part = Trace.builder();
        for (Step s : trace(layer, head).steps()) {
            if (keep.contains(s.id())) {
                part.add(new Step(s.id(), s.title(), s.equation(), s.explanation(),
                        s.inputs().stream().filter(keep::contains).toList(), s.value()));
            }
        }
        return part.build();
    }

    /** Layer l (counted from 0) reads xˡ and writes xˡ⁺¹; x⁰ is the normalised embeddings. */
    static String inputEquation(int layer) {
        return layer == 0 ? "x⁰ = LayerNorm(embeddings)" : "x" + superscript(layer) + " = output of layer " + (layer - 1);
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
        return String.format(Locale.ROOT, "The network's non-linearity. Large negative numbers become almost 0 "
                + "(GELU(−3) = %.4f), large positive ones pass almost unchanged (GELU(3) = %.4f), and near 0 it bends: "
                + "GELU(1) = %.4f, GELU(−1) = %.4f.", FeedForward.gelu(-3), FeedForward.gelu(3), FeedForward.gelu(1),
                FeedForward.gelu(-1));
    }

    private void norm(Trace.Builder b, LayerNorm.Result n, String input, String stats, String z, String out, String what,
            List<String> dims) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < n.mu().length; t++) {
            rows.add(List.of(tokens.get(t), (double) n.mu()[t], (double) n.variance()[t], n.sigma(t)));
        }
        b.add(stats, "LayerNorm: each token's mean and standard deviation", "μ = (1/n) Σ xᵢ,  σ = √((1/n) Σ (xᵢ − μ)² + ε)",
                "For each token, the mean and standard deviation of its own " + MiniLmEncoder.D_MODEL + " numbers of " + what + ".",
                List.of(input), new Value.Table(List.of("token", "mean μ", "variance σ²", "standard deviation σ"), rows));
        b.add(z, "LayerNorm: z-scores", "zᵢ = (xᵢ − μ) / σ",
                "Every number becomes its z-score among its token's numbers: mean 0, standard deviation 1.",
                List.of(input, stats), matrix(n.z(), tokens, dims));
        b.add(out, "LayerNorm: scale and shift", "yᵢ = γᵢ·zᵢ + βᵢ",
                "Learned γ and β stretch and move each dimension again.", List.of(z), matrix(n.y(), tokens, dims));
    }
}
