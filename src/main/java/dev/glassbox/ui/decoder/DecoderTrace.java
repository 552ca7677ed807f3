package dev.glassbox.ui.decoder;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.encoder.FeedForward;
import dev.glassbox.model.encoder.LayerNorm;
import dev.glassbox.model.trace.Step;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every step of the decoder on the learner's text, as a {@link Trace}: the characters and their ids, the two
 * embeddings and their sum x⁰, one block in detail (LN₁, one head's causal attention, the residual add, LN₂, the
 * feed-forward with GPT-2's tanh GELU, the residual add), the final LayerNorm, the logits and their softmax. The
 * causal mask's −∞ entries are real negative infinities here (the model adds the lowest float instead, which the
 * softmax turns into the same exact 0).
 */
final class DecoderTrace {

    static final String CHARACTERS = "characters", TOKEN = "token-embeddings", POSITION = "position-embeddings",
            X0 = "x0", INPUT = "block-input", LN1_STATS = "ln1-stats", LN1_Z = "ln1-z", LN1 = "ln1",
            ADD_1 = "add-1", LN2_STATS = "ln2-stats", LN2_Z = "ln2-z", LN2 = "ln2", FFN_HIDDEN = "ffn-hidden",
            GELU = "gelu", FFN_OUTPUT = "ffn-output", ADD_2 = "add-2", STREAM = "stream-sizes", LAST = "last-stream",
            LNF_STATS = "lnf-stats", LNF_Z = "lnf-z", LNF = "lnf", LOGITS = "logits", PROBABILITIES = "probabilities";

    private DecoderTrace() {
    }

    /** Every step, with block {@code layer} and its head {@code head} in detail. */
    static Trace of(DecoderReading reading, int layer, int head) {
        CharDecoder model = reading.model();
        CharDecoder.Run run = reading.run();
        int blocks = model.shape().layers();
        int d = model.shape().d();
        List<String> tokens = reading.positionLabels();
        List<String> dims = DecoderReading.dimensions(d);
        List<String> wide = DecoderReading.dimensions(model.shape().ff());
        Trace.Builder b = Trace.builder();
        List<Integer> ids = new ArrayList<>();
        for (int t = 0; t < reading.size(); t++) {
            ids.add(reading.id(t));
        }
        b.add(CHARACTERS, t("trace-characters-title"), "", t("trace-characters", "v", model.vocabulary().size()),
                List.of(), new Value.TokenList(tokens.stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList(), ids));
        b.add(TOKEN, t("trace-token-title"), "wte[id]", t("trace-token", "d", d),
                List.of(CHARACTERS), matrix(run.tokenEmbedding(), tokens, dims));
        b.add(POSITION, t("trace-position-title"), "wpe[t]",
                t("trace-position", "last", reading.size() - 1, "context", model.context()),
                List.of(), matrix(run.positionEmbedding(), tokens, dims));
        b.add(X0, t("trace-x0-title"), "x⁰ = wte[id] + wpe[t]", t("trace-x0"),
                List.of(TOKEN, POSITION), matrix(run.embedding(), tokens, dims));
        CharDecoder.BlockRun r = run.blocks().get(layer);
        String x = "x" + superscript(layer);
        b.add(INPUT, t("trace-input-title", "l", layer, "x", x),
                layer == 0 ? "x⁰" : t("trace-output-of", "x", x, "l", layer - 1),
                layer == 0 ? t("trace-input-first") : t("trace-input", "l", layer, "previous", layer - 1),
                layer == 0 ? List.of(X0) : List.of(), matrix(r.input(), tokens, dims));
        norm(b, r.norm1(), INPUT, LN1_STATS, LN1_Z, LN1, "LN₁", x, tokens, dims, t("trace-ln1-note", "x", x));
        MultiHeadAttention.trace(b, r.attention(), head, tokens, LN1, PageLanguage.current());
        b.add(ADD_1, t("trace-add-1-title"), x + " + MaskedMultiHead(LN₁(" + x + "))", t("trace-add-1"),
                List.of(INPUT, MultiHeadAttention.OUTPUT), matrix(r.afterAttention(), tokens, dims));
        norm(b, r.norm2(), ADD_1, LN2_STATS, LN2_Z, LN2, "LN₂", t("trace-the-sum"), tokens, dims, t("trace-ln2-note"));
        FeedForward.Result f = r.feedForward();
        b.add(FFN_HIDDEN, t("trace-ffn-hidden-title"), "u = LN₂(…)·W₁ + b₁", t("trace-ffn-hidden", "ff", model.shape().ff()),
                List.of(LN2), matrix(f.hidden(), tokens, wide));
        b.add(GELU, t("trace-gelu-title"), "GELU(u) = ½u(1 + tanh(√(2/π)(u + 0.044715u³)))", geluExplanation(),
                List.of(FFN_HIDDEN), matrix(f.activated(), tokens, wide));
        b.add(FFN_OUTPUT, t("trace-ffn-output-title"), "GELU(u)·W₂ + b₂", t("trace-ffn-output", "d", d), List.of(GELU),
                matrix(f.output(), tokens, dims));
        String next = "x" + superscript(layer + 1);
        b.add(ADD_2, t("trace-add-2-title", "l", layer, "x", next), t("trace-add-2-equation", "x", next),
                t("trace-add-2", "l", layer), List.of(ADD_1, FFN_OUTPUT), matrix(r.output(), tokens, dims));
        b.add(STREAM, t("trace-stream-title"), t("trace-stream-equation"), t("trace-stream"),
                List.of(), streamSizes(run, blocks));
        boolean last = layer == blocks - 1;
        String xl = "x" + superscript(blocks);
        b.add(LAST, t("trace-last-title", "x", xl), t("trace-output-of", "x", xl, "l", blocks - 1),
                last ? t("trace-last-is-last", "l", layer) : t("trace-last-after", "blocks", blocks, "l", layer),
                last ? List.of(ADD_2) : List.of(), matrix(run.residual(blocks), tokens, dims));
        norm(b, run.finalNorm(), LAST, LNF_STATS, LNF_Z, LNF, t("trace-lnf-name"), xl, tokens, dims, t("trace-lnf-note"));
        List<String> vocabulary = reading.vocabularyLabels();
        b.add(LOGITS, t("trace-logits-title"), "logitsₜ = LN_f(" + xl + "ₜ)·W_U + b_U",
                t("trace-logits", "v", vocabulary.size()), List.of(LNF), matrix(run.logits(), tokens, vocabulary));
        double[][] p = new double[reading.size()][];
        for (int t = 0; t < reading.size(); t++) {
            p[t] = reading.probabilities(t);
        }
        b.add(PROBABILITIES, t("trace-probabilities-title"), "pₜ = softmax(logitsₜ)", t("trace-probabilities"),
                List.of(LOGITS), new Value.Matrix(p, tokens, vocabulary));
        return withMask(b.build(), r.attention(), head, tokens);
    }

    /** The steps of {@link #of} whose ids are in {@code shown}, in order; inputs are cut to the steps kept. */
    static Trace part(DecoderReading reading, int layer, int head, Collection<String> shown) {
        Set<String> keep = Set.copyOf(shown);
        Trace.Builder part = Trace.builder();
        for (Step s : of(reading, layer, head).steps()) {
            if (keep.contains(s.id())) {
                part.add(new Step(s.id(), s.title(), s.equation(), s.explanation(),
                        s.inputs().stream().filter(keep::contains).toList(), s.value()));
            }
        }
        return part.build();
    }

    /**
     * Head {@code head}'s scaled scores with the causal mask applied: every key after its query is −∞ (a real
     * negative infinity, drawn as such), every other entry the scaled score.
     */
    static Value.Matrix masked(MultiHeadAttention.Result r, int head, List<String> tokens) {
        float[][] s = r.scores()[head];
        double root = Math.sqrt(r.dK());
        double[][] m = new double[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                m[i][j] = r.maskValue(i, j) == 0f ? (float) (s[i][j] / root) : Double.NEGATIVE_INFINITY;
            }
        }
        return new Value.Matrix(m, tokens, tokens);
    }

    /**
     * The attention steps as this lesson shows them: the mask with real −∞ entries, and each head's Q, K and V
     * saying how the shared projection made them (the box shows one head's slices, not all heads' matrices).
     */
    private static Trace withMask(Trace trace, MultiHeadAttention.Result r, int head, List<String> tokens) {
        Value.Matrix m = masked(r, head, tokens);
        Map<String, String> shared = Map.of(MultiHeadAttention.HEAD_Q, MultiHeadAttention.Q,
                MultiHeadAttention.HEAD_K, MultiHeadAttention.K, MultiHeadAttention.HEAD_V, MultiHeadAttention.V);
        return new Trace(trace.steps().stream().map(s -> {
            if (s.id().equals(MultiHeadAttention.MASKED)) {
                return new Step(s.id(), s.title(), s.equation(), s.explanation(), s.inputs(), m);
            }
            if (shared.containsKey(s.id())) {
                Step all = trace.step(shared.get(s.id()));
                return new Step(s.id(), s.title(), all.equation().replace("X", "LN_1(x)") + ";  " + s.equation().replace("ₕ", "_h"),
                        all.explanation() + " " + s.explanation(), s.inputs(), s.value());
            }
            return s;
        }).toList());
    }

    private static void norm(Trace.Builder b, LayerNorm.Result n, String input, String stats, String z, String out,
            String name, String what, List<String> tokens, List<String> dims, String note) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < n.mu().length; t++) {
            rows.add(List.of(tokens.get(t), (double) n.mu()[t], (double) n.variance()[t], n.sigma(t)));
        }
        b.add(stats, t("trace-norm-stats-title", "name", name), "μ = (1/n) Σ xᵢ,  σ = √((1/n) Σ (xᵢ − μ)² + ε)",
                t("trace-norm-stats", "n", dims.size(), "what", what,
                        "epsilon", PageLanguage.decimals(String.valueOf(n.epsilon()))), List.of(input),
                new Value.Table(List.of(t("trace-norm-position"), t("trace-norm-mean"), t("trace-norm-variance"),
                        t("trace-norm-deviation")), rows));
        b.add(z, t("trace-norm-z-title", "name", name), "zᵢ = (xᵢ − μ) / σ", t("trace-norm-z"),
                List.of(input, stats), matrix(n.z(), tokens, dims));
        b.add(out, t("trace-norm-out-title", "name", name), "yᵢ = γᵢ·zᵢ + βᵢ", t("trace-norm-out", "note", note),
                List.of(z), matrix(n.y(), tokens, dims));
    }

    /** The mean length of the stream's vectors after each block (row 0: x⁰, the embeddings). */
    static Value.Table streamSizes(CharDecoder.Run run, int blocks) {
        List<List<Object>> rows = new ArrayList<>();
        for (int l = 0; l <= blocks; l++) {
            float[][] x = run.residual(l);
            double sum = 0;
            for (float[] v : x) {
                double squares = 0;
                for (float c : v) {
                    squares += (double) c * c;
                }
                sum += Math.sqrt(squares);
            }
            String name = "x" + superscript(l);
            rows.add(List.of(l == 0 ? t("trace-stream-embeddings", "x", name) : t("trace-stream-after", "x", name, "l", l - 1),
                    sum / x.length));
        }
        return new Value.Table(List.of(t("trace-stream-column"), t("trace-stream-length")), rows);
    }

    /** What the tanh GELU does, with its values at a few points computed. */
    static String geluExplanation() {
        FeedForward.Activation g = FeedForward.Activation.GELU_TANH;
        return t("trace-gelu", "minusThree", Summaries.number(g.apply(-3), 4), "three", Summaries.number(g.apply(3), 4),
                "one", Summaries.number(g.apply(1), 4), "minusOne", Summaries.number(g.apply(-1), 4));
    }

    private static String t(String name, Object... pairs) {
        return Texts.decoder(name, pairs);
    }

    static Value.Matrix matrix(float[][] m, List<String> rows, List<String> columns) {
        return new Value.Matrix(DecoderReading.doubles(m), rows, columns);
    }

    /** A small number as superscript digits (x⁴). */
    static String superscript(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return out.toString();
    }
}
