package dev.glassbox.ui.seq2seq;

import java.util.Arrays;
import java.util.List;

/**
 * The boxes of the Transformer's Figure 1 (Vaswani et al. 2017), in reading order, each with the side it sits on and
 * its title's section of the lesson file ({@code box-<title>}).
 */
enum TranslateFlow {
    INPUTS("inputs", "inputs", Side.ENCODER, false),
    INPUT_EMBEDDING("input-embedding", "input-embedding", Side.ENCODER, false),
    INPUT_POSITIONS("input-positions", "positions", Side.ENCODER, false),
    ENCODER_ATTENTION("encoder-attention", "attention", Side.ENCODER, true),
    ENCODER_NORM_1("encoder-norm-1", "add-norm", Side.ENCODER, true),
    ENCODER_FFN("encoder-ffn", "feed-forward", Side.ENCODER, true),
    ENCODER_NORM_2("encoder-norm-2", "add-norm", Side.ENCODER, true),
    OUTPUTS("outputs", "outputs", Side.DECODER, false),
    OUTPUT_EMBEDDING("output-embedding", "output-embedding", Side.DECODER, false),
    OUTPUT_POSITIONS("output-positions", "positions", Side.DECODER, false),
    MASKED("masked", "masked", Side.DECODER, true),
    DECODER_NORM_1("decoder-norm-1", "add-norm", Side.DECODER, true),
    CROSS("cross", "cross", Side.DECODER, true),
    DECODER_NORM_2("decoder-norm-2", "add-norm", Side.DECODER, true),
    DECODER_FFN("decoder-ffn", "feed-forward", Side.DECODER, true),
    DECODER_NORM_3("decoder-norm-3", "add-norm", Side.DECODER, true),
    LINEAR("linear", "linear", Side.DECODER, false),
    SOFTMAX("softmax", "softmax", Side.DECODER, false);

    /** Which stack a box belongs to. */
    enum Side {
        ENCODER, DECODER
    }

    private final String id;
    private final String titleKey;
    private final Side side;
    private final boolean inLayer;

    TranslateFlow(String id, String titleKey, Side side, boolean inLayer) {
        this.id = id;
        this.titleKey = titleKey;
        this.side = side;
        this.inLayer = inLayer;
    }

    String id() {
        return id;
    }

    /** The box's title in the page's language, as the paper's figure names it. */
    String title() {
        return TranslateSentences.say("box-" + titleKey);
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
