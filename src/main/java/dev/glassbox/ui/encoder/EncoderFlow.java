package dev.glassbox.ui.encoder;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.EncoderRun;
import java.util.Arrays;
import java.util.List;

/** The boxes of the encoder diagram, in reading order, and the trace steps each one shows. */
enum EncoderFlow {
    EMBEDDINGS("embeddings", "box-embeddings", false, EncoderRun.TOKEN_EMBEDDINGS, EncoderRun.POSITION_EMBEDDINGS,
            EncoderRun.TYPE_EMBEDDINGS, EncoderRun.EMBEDDING_SUM),
    EMBEDDING_NORM("embedding-norm", "box-layer-norm", false, EncoderRun.EMBEDDING_STATS, EncoderRun.EMBEDDING_Z,
            EncoderRun.EMBEDDING_NORM),
    ATTENTION("attention", "box-attention", true, MultiHeadAttention.WEIGHTS, MultiHeadAttention.CONCAT,
            MultiHeadAttention.OUTPUT),
    ADD_1("add-1", "box-add", true, EncoderRun.RESIDUAL_1),
    NORM_1("norm-1", "box-layer-norm", true, EncoderRun.NORM_1_STATS, EncoderRun.NORM_1_Z, EncoderRun.NORM_1),
    FEED_FORWARD("ffn", "box-ffn", true, EncoderRun.FFN_HIDDEN, EncoderRun.GELU, EncoderRun.FFN_OUTPUT),
    ADD_2("add-2", "box-add", true, EncoderRun.RESIDUAL_2),
    NORM_2("norm-2", "box-layer-norm", true, EncoderRun.NORM_2_STATS, EncoderRun.NORM_2_Z, EncoderRun.NORM_2),
    POOLING("pooling", "box-pooling", false, EncoderRun.MEAN_POOLING, EncoderRun.SENTENCE_EMBEDDING);

    private final String id;
    private final String title;
    private final boolean inLayer;
    private final List<String> steps;

    EncoderFlow(String id, String title, boolean inLayer, String... steps) {
        this.id = id;
        this.title = title;
        this.inLayer = inLayer;
        this.steps = List.of(steps);
    }

    String id() {
        return id;
    }

    /** The box's name in the page's language (its section of the encoder lesson's file). */
    String title() {
        return EncoderView.say(title);
    }

    boolean inLayer() {
        return inLayer;
    }

    List<String> steps() {
        return steps;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(EncoderFlow::id).toList();
    }

    static EncoderFlow byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst().orElse(NORM_1);
    }
}
