package dev.glassbox.ui.decoder;

import dev.glassbox.model.attention.MultiHeadAttention;
import java.util.Arrays;
import java.util.List;

/** The boxes of the decoder diagram, in reading order, and the trace steps each one shows. */
enum DecoderFlow {
    EMBEDDINGS("embeddings", "Embeddings → x⁰", false, DecoderTrace.CHARACTERS, DecoderTrace.TOKEN,
            DecoderTrace.POSITION, DecoderTrace.X0),
    NORM_1("ln1", "LN₁", true, DecoderTrace.INPUT, DecoderTrace.LN1_STATS, DecoderTrace.LN1_Z, DecoderTrace.LN1),
    /** One head's steps in full; of the shared projections only the output (all heads' matrices are large). */
    ATTENTION("attention", "Masked multi-head attention", true, MultiHeadAttention.HEAD_Q, MultiHeadAttention.HEAD_K,
            MultiHeadAttention.HEAD_V, MultiHeadAttention.SCORES, MultiHeadAttention.SCALED, MultiHeadAttention.MASKED,
            MultiHeadAttention.WEIGHTS, MultiHeadAttention.HEAD_OUTPUT, MultiHeadAttention.OUTPUT),
    ADD_1("add-1", "Add", true, DecoderTrace.ADD_1),
    NORM_2("ln2", "LN₂", true, DecoderTrace.LN2_STATS, DecoderTrace.LN2_Z, DecoderTrace.LN2),
    FEED_FORWARD("ffn", "Feed-forward (GELU)", true, DecoderTrace.FFN_HIDDEN, DecoderTrace.GELU,
            DecoderTrace.FFN_OUTPUT),
    ADD_2("add-2", "Add", true, DecoderTrace.ADD_2, DecoderTrace.STREAM),
    FINAL_NORM("final-norm", "Final LayerNorm", false, DecoderTrace.LAST, DecoderTrace.LNF_STATS, DecoderTrace.LNF_Z,
            DecoderTrace.LNF),
    LOGITS("logits", "Unembedding → next character", false, DecoderTrace.LOGITS, DecoderTrace.PROBABILITIES);

    private final String id;
    private final String title;
    private final boolean inBlock;
    private final List<String> steps;

    DecoderFlow(String id, String title, boolean inBlock, String... steps) {
        this.id = id;
        this.title = title;
        this.inBlock = inBlock;
        this.steps = List.of(steps);
    }

    String id() {
        return id;
    }

    /** The box's name in the page's language (section {@code flow-<id>} of the lesson file). */
    String title() {
        return Texts.decoder("flow-" + id);
    }

    /** Whether the box is part of a block (and so shown for the chosen block). */
    boolean inBlock() {
        return inBlock;
    }

    List<String> steps() {
        return steps;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(DecoderFlow::id).toList();
    }

    static DecoderFlow byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst().orElse(EMBEDDINGS);
    }
}
