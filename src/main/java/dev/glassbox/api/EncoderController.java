package dev.glassbox.api;

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

    EncoderController(MiniLmLoader loader) {
        this.loader = loader;
    }

    @GetMapping(value = "/api/v1/encoder", produces = ApiErrors.JSON)
    EncoderResponse encoder(@RequestParam String text) {
        EncoderInput input = EncoderInput.of(text);
        EncoderRun run = loader.run(loader.await(WAIT), input);
        return new EncoderResponse(MiniLmEncoder.NAME, tokens(input), run.lastHiddenState(), run.sentenceEmbedding(),
                input.truncated(), input.note());
    }

    @GetMapping(value = "/api/v1/attention", produces = ApiErrors.JSON)
    AttentionResponse attention(@RequestParam String text, @RequestParam int layer, @RequestParam int head) {
        if (layer < 0 || layer >= MiniLmEncoder.LAYERS) {
            throw new InvalidInputException("The layer must be a whole number from 0 to " + (MiniLmEncoder.LAYERS - 1) + ".");
        }
        if (head < 0 || head >= MiniLmEncoder.HEADS) {
            throw new InvalidInputException("The head must be a whole number from 0 to " + (MiniLmEncoder.HEADS - 1) + ".");
        }
        EncoderInput input = EncoderInput.of(text);
        EncoderRun run = loader.run(loader.await(WAIT), input);
        return new AttentionResponse(tokens(input), layer, head, run.attention(layer, head), input.truncated(), input.note());
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
