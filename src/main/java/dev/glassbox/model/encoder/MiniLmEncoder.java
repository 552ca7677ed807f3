package dev.glassbox.model.encoder;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.math.Linear;
import dev.glassbox.model.text.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * all-MiniLM-L6-v2 (Wang et al. 2020, "MiniLM"; fine-tuned by sentence-transformers, Reimers &amp; Gurevych 2019),
 * a BERT encoder (Devlin et al. 2019) of 6 layers, 12 heads of 32, dModel 384, dFF 1536:
 * <pre>
 *   x⁰ = LayerNorm(E_token[id] + E_position[t] + E_type[0])
 *   xˡ⁺¹ = EncoderLayerₗ(xˡ),  l = 0 … 5                    layers counted from 0, as in the weights' names
 *   e  = mean_t(x⁶) / ‖mean_t(x⁶)‖₂                        the sentence embedding
 * </pre>
 * The weights come from {@code all-minilm-l6-v2.onnx} (Apache-2.0, packaged by langchain4j). The export's
 * MatMul weights are unnamed; each is named after the bias its output is added to.
 */
public final class MiniLmEncoder {

    /** Where the ONNX file lives on the class path. */
    public static final String RESOURCE = "/all-minilm-l6-v2.onnx";
    public static final String NAME = "all-MiniLM-L6-v2";
    /** Glassbox's token limit (the model itself takes 512 positions). */
    public static final int MAX_TOKENS = 128;
    public static final int LAYERS = 6;
    public static final int HEADS = 12;
    public static final int D_MODEL = 384;
    public static final int D_FF = 1536;

    private final float[] tokenEmbeddings;    // (vocab, dModel)
    private final float[] positionEmbeddings; // (512, dModel)
    private final float[] typeEmbeddings;     // (2, dModel)
    private final LayerNorm embeddingNorm;
    private final List<EncoderLayer> layers;
    private final int vocabulary;
    private final int positions;
    private final long parameters;

    private MiniLmEncoder(Map<String, OnnxGraph.Tensor> w) {
        OnnxGraph.Tensor tokens = require(w, "embeddings.word_embeddings.weight");
        tokenEmbeddings = tokens.data();
        vocabulary = tokens.rows();
        OnnxGraph.Tensor pos = require(w, "embeddings.position_embeddings.weight");
        positionEmbeddings = pos.data();
        positions = pos.rows();
        typeEmbeddings = require(w, "embeddings.token_type_embeddings.weight").data();
        embeddingNorm = norm(w, "embeddings.LayerNorm");
        List<EncoderLayer> list = new ArrayList<>();
        for (int l = 0; l < LAYERS; l++) {
            String p = "encoder.layer." + l + ".";
            MultiHeadAttention attention = new MultiHeadAttention(linear(w, p + "attention.self.query"),
                    linear(w, p + "attention.self.key"), linear(w, p + "attention.self.value"),
                    linear(w, p + "attention.output.dense"), HEADS);
            list.add(new EncoderLayer(attention, norm(w, p + "attention.output.LayerNorm"),
                    new FeedForward(linear(w, p + "intermediate.dense"), linear(w, p + "output.dense")),
                    norm(w, p + "output.LayerNorm")));
        }
        layers = List.copyOf(list);
        parameters = w.values().stream().distinct().mapToLong(t -> t.data().length).sum();
    }

    /** Loads the model from the class path. */
    public static MiniLmEncoder load() {
        try (InputStream in = MiniLmEncoder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return of(OnnxGraph.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the model from a read ONNX graph, naming each MatMul weight after its bias. */
    public static MiniLmEncoder of(OnnxGraph graph) {
        Map<String, OnnxGraph.Tensor> named = new HashMap<>(graph.initializers());
        Map<String, String> weightOfProduct = new HashMap<>(); // MatMul output → weight initializer
        for (OnnxGraph.Node node : graph.nodes()) {
            if (node.opType().equals("MatMul") && named.containsKey(node.inputs().get(1))) {
                weightOfProduct.put(node.outputs().get(0), node.inputs().get(1));
            }
        }
        for (OnnxGraph.Node node : graph.nodes()) {
            if (!node.opType().equals("Add")) {
                continue;
            }
            String bias = node.inputs().stream().filter(i -> i.endsWith(".bias") && named.containsKey(i)).findFirst().orElse(null);
            String weight = node.inputs().stream().map(weightOfProduct::get).filter(x -> x != null).findFirst().orElse(null);
            if (bias != null && weight != null) {
                named.put(bias.substring(0, bias.length() - ".bias".length()) + ".weight", named.get(weight));
            }
        }
        return new MiniLmEncoder(named);
    }

    private static OnnxGraph.Tensor require(Map<String, OnnxGraph.Tensor> w, String name) {
        OnnxGraph.Tensor t = w.get(name);
        if (t == null) {
            throw new IllegalStateException("the ONNX file has no tensor " + name);
        }
        return t;
    }

    private static Linear linear(Map<String, OnnxGraph.Tensor> w, String prefix) {
        OnnxGraph.Tensor weight = require(w, prefix + ".weight");
        return new Linear(weight.data(), require(w, prefix + ".bias").data(), weight.rows(), weight.columns());
    }

    private static LayerNorm norm(Map<String, OnnxGraph.Tensor> w, String prefix) {
        return new LayerNorm(require(w, prefix + ".weight").data(), require(w, prefix + ".bias").data());
    }

    /** How many positions the model has learned (512). */
    public int maxPositions() {
        return positions;
    }

    public int vocabulary() {
        return vocabulary;
    }

    /** How many numbers the model holds. */
    public long parameters() {
        return parameters;
    }

    /** The LayerNorm of the embedding stage (its γ and β). */
    public LayerNorm embeddingNorm() {
        return embeddingNorm;
    }

    public EncoderLayer layer(int l) {
        return layers.get(l);
    }

    /** MiniLM's learned position embedding of positions 0 … n−1: (n, dModel). */
    public float[][] positionEmbeddings(int n) {
        return rows(positionEmbeddings, n, i -> i);
    }

    /**
     * Reads {@code ids} (with [CLS] and [SEP], at most {@value #MAX_TOKENS}); {@code tokens} are their texts, used
     * as labels.
     */
    public EncoderRun run(List<String> tokens, int[] ids) {
        if (ids.length == 0 || ids.length > MAX_TOKENS || tokens.size() != ids.length) {
            throw new InvalidInputException("The encoder reads from 1 to " + MAX_TOKENS + " tokens; this text has " + ids.length + ".");
        }
        for (int id : ids) {
            if (id < 0 || id >= vocabulary) {
                throw new InvalidInputException("Token id " + id + " is not in the vocabulary of " + vocabulary + " tokens.");
            }
        }
        int n = ids.length;
        boolean[] mask = new boolean[n];
        Arrays.fill(mask, true);
        // 1) embeddings: token + position + token type (all type 0: one sentence)
        float[][] token = rows(tokenEmbeddings, n, t -> ids[t]);   // (T, dModel)
        float[][] position = rows(positionEmbeddings, n, t -> t);  // (T, dModel)
        float[][] type = rows(typeEmbeddings, n, t -> 0);          // (T, dModel)
        float[][] sum = new float[n][D_MODEL];                     // (T, dModel)
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < D_MODEL; i++) {
                sum[t][i] = token[t][i] + type[t][i] + position[t][i];
            }
        }
        // 2) LayerNorm
        LayerNorm.Result norm = embeddingNorm.apply(sum);
        // 3) six encoder layers
        List<EncoderLayer.Result> results = new ArrayList<>(LAYERS);
        float[][] x = norm.y();
        for (EncoderLayer layer : layers) {
            EncoderLayer.Result r = layer.apply(x, mask);
            results.add(r);
            x = r.output();
        }
        // 4) mean pooling over real tokens, 5) L2 normalisation
        double[] mean = new double[D_MODEL];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < D_MODEL; i++) {
                mean[i] += x[t][i] / n;
            }
        }
        double norm2 = 0;
        for (double m : mean) {
            norm2 += m * m;
        }
        double length = Math.max(Math.sqrt(norm2), 1e-12);
        double[] embedding = new double[D_MODEL];
        for (int i = 0; i < D_MODEL; i++) {
            embedding[i] = mean[i] / length;
        }
        return new EncoderRun(List.copyOf(tokens), ids.clone(), new EncoderRun.Embeddings(token, position, type, sum, norm),
                List.copyOf(results), mean, length, embedding);
    }

    private static float[][] rows(float[] table, int n, IntUnaryOperator row) {
        float[][] out = new float[n][D_MODEL]; // (n, dModel)
        for (int t = 0; t < n; t++) {
            System.arraycopy(table, row.applyAsInt(t) * D_MODEL, out[t], 0, D_MODEL);
        }
        return out;
    }
}
