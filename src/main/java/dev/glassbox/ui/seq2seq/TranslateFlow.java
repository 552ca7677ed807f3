package dev.glassbox.ui.seq2seq;

import java.util.Arrays;
import java.util.List;

/** The boxes of the Transformer's Figure 1 (Vaswani et al. 2017), in reading order, each with the side it sits on. */
enum TranslateFlow {
    INPUTS("inputs", "Inputs: your date", Side.ENCODER, false),
    INPUT_EMBEDDING("input-embedding", "Input embedding", Side.ENCODER, false),
    INPUT_POSITIONS("input-positions", "+ Positional encoding", Side.ENCODER, false),
    ENCODER_ATTENTION("encoder-attention", "Multi-head attention", Side.ENCODER, true),
    ENCODER_NORM_1("encoder-norm-1", "Add & Norm", Side.ENCODER, true),
    ENCODER_FFN("encoder-ffn", "Feed forward", Side.ENCODER, true),
    ENCODER_NORM_2("encoder-norm-2", "Add & Norm", Side.ENCODER, true),
    OUTPUTS("outputs", "Outputs (shifted right)", Side.DECODER, false),
    OUTPUT_EMBEDDING("output-embedding", "Output embedding", Side.DECODER, false),
    OUTPUT_POSITIONS("output-positions", "+ Positional encoding", Side.DECODER, false),
    MASKED("masked", "Masked self-attention", Side.DECODER, true),
    DECODER_NORM_1("decoder-norm-1", "Add & Norm", Side.DECODER, true),
    CROSS("cross", "Cross-attention (reads M)", Side.DECODER, true),
    DECODER_NORM_2("decoder-norm-2", "Add & Norm", Side.DECODER, true),
    DECODER_FFN("decoder-ffn", "Feed forward", Side.DECODER, true),
    DECODER_NORM_3("decoder-norm-3", "Add & Norm", Side.DECODER, true),
    LINEAR("linear", "Linear (Eᵀ)", Side.DECODER, false),
    SOFTMAX("softmax", "Softmax → probabilities", Side.DECODER, false);

    /** Which stack a box belongs to. */
    enum Side {
        ENCODER, DECODER
    }

    private final String id;
    private final String title;
    private final Side side;
    private final boolean inLayer;

    TranslateFlow(String id, String title, Side side, boolean inLayer) {
        this.id = id;
        this.title = title;
        this.side = side;
        this.inLayer = inLayer;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    Side side() {
        return side;
    }

    /** Whether the box is repeated in every layer (and so shown for the chosen layer). */
    boolean inLayer() {
        return inLayer;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(TranslateFlow::id).toList();
    }

    static TranslateFlow byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst().orElse(CROSS);
    }
}
