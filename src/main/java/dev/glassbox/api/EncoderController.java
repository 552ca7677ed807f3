package dev.glassbox.api;

import java.util.Map;
import dev.glassbox.compute.Compute;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.text.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/encoder?text=…} and {@code GET /api/v1/attention?text=…&layer=0-5&head=0-11}: all-MiniLM-L6-v2's
 * output and one head's attention weights. While the model is still loading a request waits for it (bounded).
 */
@RestController
class EncoderController {

    /** How long a request waits for the model to finish loading. */
    static final Duration WAIT = Duration.ofSeconds(60);

    record TokenJson(String text, int id) {
    }

    record EncoderResponse(String model, List<TokenJson> tokens, float[][] lastHiddenState, double[] sentenceEmbedding,
            boolean truncated, String note) {
    }

    record AttentionResponse(List<TokenJson> tokens, int layer, int head, float[][] weights, boolean truncated,
            String note) {
    }

    private final MiniLmLoader loader;
    private final Compute compute;

    EncoderController(MiniLmLoader loader, Compute compute) {
        this.loader = loader;
        this.compute = compute;
    }

    @GetMapping("/api/v1/encoder")
    ResponseEntity<?> encoder(@RequestParam String text, @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        EncoderInput input = EncoderInput.of(text);
        EncoderRun run = read(input);
        return answer.answer("encoder", new EncoderResponse(MiniLmEncoder.NAME, tokens(input), run.lastHiddenState(),
                run.sentenceEmbedding(), input.truncated(), input.note()), EncoderController::encoderCsv);
    }

    @GetMapping("/api/v1/attention")
    ResponseEntity<?> attention(@RequestParam String text, @RequestParam int layer, @RequestParam int head,
            @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        if (layer < 0 || layer >= MiniLmEncoder.LAYERS) {
            throw new InvalidInputException("api", "layer", Map.of("max", MiniLmEncoder.LAYERS - 1));
        }
        if (head < 0 || head >= MiniLmEncoder.HEADS) {
            throw new InvalidInputException("api", "head", Map.of("max", MiniLmEncoder.HEADS - 1));
        }
        EncoderInput input = EncoderInput.of(text);
        EncoderRun run = read(input);
        return answer.answer("attention-layer" + layer + "-head" + head,
                new AttentionResponse(tokens(input), layer, head, run.attention(layer, head), input.truncated(), input.note()),
                EncoderController::attentionCsv);
    }

    /**
     * One row per token ({@code row} = token): its position, text, id and the 384 numbers of the last hidden state
     * ({@code d0} … {@code d383}); then one last row ({@code row} = sentence) with the sentence embedding.
     */
    static CsvTable encoderCsv(EncoderResponse r) {
        int d = r.sentenceEmbedding().length;
        CsvTable table = CsvTable.of("row", "position", "token", "id", CsvTable.numbered("d", d));
        for (int t = 0; t < r.tokens().size(); t++) {
            table.row("token", t, r.tokens().get(t).text(), r.tokens().get(t).id(), r.lastHiddenState()[t]);
        }
        return table.row("sentence", null, null, null, r.sentenceEmbedding());
    }

    /**
     * One row per query token: its position, text and id, then its weight on every key token (columns
     * {@code key0:[CLS]}, {@code key1:…}, named by position and text); each row sums to 1.
     */
    static CsvTable attentionCsv(AttentionResponse r) {
        List<String> texts = r.tokens().stream().map(TokenJson::text).toList();
        CsvTable table = CsvTable.of("position", "query", "id", CsvTable.labelled("key", texts));
        for (int i = 0; i < texts.size(); i++) {
            table.row(i, texts.get(i), r.tokens().get(i).id(), r.weights()[i]);
        }
        return table;
    }

    /** The encoder's reading of {@code input}, once the model is loaded, on the compute executor. */
    private EncoderRun read(EncoderInput input) {
        MiniLmEncoder encoder = loader.await(WAIT);
        return compute.run(() -> loader.run(encoder, input));
    }

    @ExceptionHandler(MiniLmLoader.NotReadyException.class)
    ResponseEntity<ApiError> notReady(MiniLmLoader.NotReadyException e) {
        return ApiErrors.answer(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    private static List<TokenJson> tokens(EncoderInput input) {
        List<TokenJson> list = new ArrayList<>();
        int[] ids = input.ids();
        for (int t = 0; t < ids.length; t++) {
            list.add(new TokenJson(input.tokens().get(t), ids[t]));
        }
        return list;
    }
}
