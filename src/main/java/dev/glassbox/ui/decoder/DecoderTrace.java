package dev.glassbox.ui.decoder;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.encoder.FeedForward;
import dev.glassbox.model.encoder.LayerNorm;
import dev.glassbox.model.trace.Step;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
        b.add(CHARACTERS, "Characters and their ids", "",
                "Each character is one token; its id is its place in the list of " + model.vocabulary().size()
                        + " characters (id 0 is the unknown character �).",
                List.of(), new Value.TokenList(tokens.stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList(), ids));
        b.add(TOKEN, "Token embeddings", "wte[id]",
                "Each id picks one learned row of " + d + " numbers from the token embedding table wte.",
                List.of(CHARACTERS), matrix(run.tokenEmbedding(), tokens, dims));
        b.add(POSITION, "Position embeddings", "wpe[t]",
                "Each position picks a learned row too (the first character row 0, the last row " + (reading.size() - 1)
                        + "; the table has " + model.context() + " rows, so the model reads at most " + model.context()
                        + " characters).", List.of(), matrix(run.positionEmbedding(), tokens, dims));
        b.add(X0, "x⁰: their sum", "x⁰ = wte[id] + wpe[t]",
                "The two vectors are added number by number: the start of the residual stream.",
                List.of(TOKEN, POSITION), matrix(run.embedding(), tokens, dims));
        CharDecoder.BlockRun r = run.blocks().get(layer);
        String x = "x" + superscript(layer);
        b.add(INPUT, "Input of block " + layer + ": " + x, layer == 0 ? "x⁰" : x + " = output of block " + (layer - 1),
                layer == 0 ? "Block 0 reads x⁰." : "Block " + layer + " reads what block " + (layer - 1) + " wrote.",
                layer == 0 ? List.of(X0) : List.of(), matrix(r.input(), tokens, dims));
        norm(b, r.norm1(), INPUT, LN1_STATS, LN1_Z, LN1, "LN₁", x, tokens, dims,
                "LN₁ works on a copy: " + x + " itself goes on unchanged to the addition after attention.");
        MultiHeadAttention.trace(b, r.attention(), head, tokens, LN1);
        b.add(ADD_1, "Add: residual connection", x + " + MaskedMultiHead(LN₁(" + x + "))",
                "The attention's output is added to the block's input. Nothing normalises the sum: the stream goes "
                        + "on as it is.", List.of(INPUT, MultiHeadAttention.OUTPUT), matrix(r.afterAttention(), tokens, dims));
        norm(b, r.norm2(), ADD_1, LN2_STATS, LN2_Z, LN2, "LN₂", "the sum", tokens, dims,
                "Again only the feed-forward network's input is normalised, not the stream.");
        FeedForward.Result f = r.feedForward();
        b.add(FFN_HIDDEN, "Feed-forward: widen", "u = LN₂(…)·W₁ + b₁",
                "Each character on its own is multiplied into " + model.shape().ff() + " numbers.", List.of(LN2),
                matrix(f.hidden(), tokens, wide));
        b.add(GELU, "GELU (tanh form)", "GELU(u) = ½u(1 + tanh(√(2/π)(u + 0.044715u³)))", geluExplanation(),
                List.of(FFN_HIDDEN), matrix(f.activated(), tokens, wide));
        b.add(FFN_OUTPUT, "Feed-forward: narrow", "GELU(u)·W₂ + b₂",
                "A second matrix brings each character back to " + d + " numbers.", List.of(GELU),
                matrix(f.output(), tokens, dims));
        String next = "x" + superscript(layer + 1);
        b.add(ADD_2, "Add: residual connection, block " + layer + "'s output " + next, next + " = (sum) + FFN(LN₂(sum))",
                "The feed-forward output is added to the stream: this is the residual stream after block " + layer + ".",
                List.of(ADD_1, FFN_OUTPUT), matrix(r.output(), tokens, dims));
        b.add(STREAM, "The residual stream after each block", "mean over positions of ‖xˡₜ‖",
                "Each block adds to the stream and never rescales it, so its vectors may grow from block to block.",
                List.of(), streamSizes(run, blocks));
        boolean last = layer == blocks - 1;
        String xl = "x" + superscript(blocks);
        b.add(LAST, "The stream after the last block: " + xl, xl + " = output of block " + (blocks - 1),
                last ? "Block " + layer + " is the last, so its output is what the final LayerNorm reads."
                        : "After all " + blocks + " blocks (this page follows block " + layer + " in detail).",
                last ? List.of(ADD_2) : List.of(), matrix(run.residual(blocks), tokens, dims));
        norm(b, run.finalNorm(), LAST, LNF_STATS, LNF_Z, LNF, "the final LayerNorm", xl, tokens, dims,
                "The only LayerNorm applied to the stream itself, once, at the very end.");
        List<String> vocabulary = reading.vocabularyLabels();
        b.add(LOGITS, "Logits: the unembedding", "logitsₜ = LN_f(" + xl + "ₜ)·W_U + b_U",
                "One score per character of the vocabulary (" + vocabulary.size() + "), for the character after "
                        + "each position.", List.of(LNF), matrix(run.logits(), tokens, vocabulary));
        double[][] p = new double[reading.size()][];
        for (int t = 0; t < reading.size(); t++) {
            p[t] = reading.probabilities(t);
        }
        b.add(PROBABILITIES, "Next-character probabilities", "pₜ = softmax(logitsₜ)",
                "Row t: how likely each character is to come after position t. Every row sums to 1; the last row "
                        + "is the guess for the character after your text.", List.of(LOGITS),
                new Value.Matrix(p, tokens, vocabulary));
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
        b.add(stats, name + ": each position's mean and standard deviation", "μ = (1/n) Σ xᵢ,  σ = √((1/n) Σ (xᵢ − μ)² + ε)",
                "For each position, the mean and standard deviation of its own " + dims.size() + " numbers of " + what
                        + " (ε = " + n.epsilon() + ").", List.of(input),
                new Value.Table(List.of("position", "mean μ", "variance σ²", "standard deviation σ"), rows));
        b.add(z, name + ": z-scores", "zᵢ = (xᵢ − μ) / σ",
                "Every number becomes its z-score among its position's numbers: mean 0, standard deviation 1.",
                List.of(input, stats), matrix(n.z(), tokens, dims));
        b.add(out, name + ": scale and shift", "yᵢ = γᵢ·zᵢ + βᵢ",
                "Learned γ and β stretch and move each dimension again. " + note, List.of(z), matrix(n.y(), tokens, dims));
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
            rows.add(List.of("x" + superscript(l) + (l == 0 ? " (embeddings)" : " (after block " + (l - 1) + ")"),
                    sum / x.length));
        }
        return new Value.Table(List.of("residual stream", "mean length ‖x‖"), rows);
    }

    /** What the tanh GELU does, with its values at a few points computed. */
    static String geluExplanation() {
        FeedForward.Activation g = FeedForward.Activation.GELU_TANH;
        return String.format(Locale.ROOT, "The network's non-linearity, in the tanh form GPT-2 uses (within 0.001 of the "
                + "exact one, erf form, used by the encoder lesson's model). Large negative numbers become almost 0 "
                + "(GELU(−3) = %.4f), large positive ones pass almost unchanged (GELU(3) = %.4f), and near 0 it bends: "
                + "GELU(1) = %.4f, GELU(−1) = %.4f.", g.apply(-3), g.apply(3), g.apply(1), g.apply(-1));
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
