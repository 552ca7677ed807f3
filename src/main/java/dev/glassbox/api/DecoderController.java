package dev.glassbox.api;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Generation;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/decoder?text=…&layer=0&head=0}: the character decoder's causal attention of one head and its
 * logits for every position; {@code GET /api/v1/generate?text=…&steps=20&temperature=1&topK=0&topP=1&seed=0}: text
 * written by it one character at a time, with the candidates each character was drawn from. The text may hold at
 * most the model's context of characters; characters it does not know are read as the unknown character (id 0).
 */
@RestController
class DecoderController {

    private final CharDecoder model;

    DecoderController(CharDecoder model) {
        this.model = model;
    }

    /** A character as read or written: {@code id} indexes {@code vocabulary}. */
    record TokenJson(String text, int id) {
    }

    record DecoderResponse(String model, String unit, List<String> vocabulary, List<TokenJson> tokens, int layers,
            int heads, int context, int layer, int head, float[][] weights, float[][] logits) {
    }

    /** A character still allowed after temperature, top-k and top-p, with its renormalised probability. */
    record CandidateJson(String text, int id, double probability) {
    }

    record StepJson(List<CandidateJson> candidates, TokenJson chosen) {
    }

    record GenerateResponse(String model, List<TokenJson> prompt, List<StepJson> steps, String text,
            double temperature, int topK, double topP, long seed) {
    }

    @GetMapping(value = "/api/v1/decoder", produces = ApiErrors.JSON)
    DecoderResponse decoder(@RequestParam String text, @RequestParam(defaultValue = "0") int layer,
            @RequestParam(defaultValue = "0") int head) {
        String read = requireText(text);
        int layers = model.shape().layers();
        int heads = model.shape().heads();
        if (layer < 0 || layer >= layers) {
            throw new InvalidInputException("The layer must be a whole number from 0 to " + (layers - 1) + ".");
        }
        if (head < 0 || head >= heads) {
            throw new InvalidInputException("The head must be a whole number from 0 to " + (heads - 1) + ".");
        }
        int[] ids = model.encode(read);
        CharDecoder.Run run = model.run(ids);
        float[][] weights = run.blocks().get(layer).attention().weights()[head]; // (T, T)
        return new DecoderResponse(model.name(), "char", vocabulary(), tokens(read, ids), layers, heads,
                model.context(), layer, head, weights, run.logits());
    }

    @GetMapping(value = "/api/v1/generate", produces = ApiErrors.JSON)
    GenerateResponse generate(@RequestParam String text, @RequestParam(defaultValue = "20") int steps,
            @RequestParam(defaultValue = "1") String temperature, @RequestParam(defaultValue = "0") int topK,
            @RequestParam(defaultValue = "1") String topP, @RequestParam(defaultValue = "0") long seed) {
        String prompt = requireText(text);
        if (steps < 1 || steps > Sampling.MAX_STEPS) {
            throw new InvalidInputException("The steps must be a whole number from 1 to " + Sampling.MAX_STEPS + ".");
        }
        double tau = NumberList.parseOne(temperature, "the temperature");
        double p = NumberList.parseOne(topP, "top-p");
        Sampling sampling;
        try {
            sampling = new Sampling(tau, topK, p);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        int[] ids = model.encode(prompt);
        List<Generation.Step> written = Generation.generate(model, ids, steps, sampling, seed, step -> {
        });
        CharVocabulary v = model.vocabulary();
        StringBuilder all = new StringBuilder(prompt);
        List<StepJson> json = new ArrayList<>(written.size());
        for (Generation.Step s : written) {
            List<CandidateJson> candidates = s.candidates().stream()
                    .map(c -> new CandidateJson(v.symbol(c.id()), c.id(), c.probability())).toList();
            String chosen = v.symbol(s.chosen().id());
            json.add(new StepJson(candidates, new TokenJson(chosen, s.chosen().id())));
            all.append(chosen);
        }
        return new GenerateResponse(model.name(), tokens(prompt, ids), json, all.toString(), tau, topK, p, seed);
    }

    /** The learner's text, when the decoder can read it all at once. */
    private String requireText(String text) {
        if (text != null && !text.isBlank()) {
            int characters = text.codePointCount(0, text.length());
            if (characters > model.context()) {
                throw new InvalidInputException("The text has " + characters + " characters; the decoder reads at most "
                        + model.context() + " at once (its context), so please shorten it.");
            }
        }
        return LearnerText.require(text);
    }

    private List<String> vocabulary() {
        CharVocabulary v = model.vocabulary();
        return IntStream.range(0, v.size()).mapToObj(v::symbol).toList();
    }

    /** Each character as typed, with the id it is read as (0 for a character the model does not know). */
    private static List<TokenJson> tokens(String text, int[] ids) {
        List<String> characters = text.codePoints().mapToObj(Character::toString).toList();
        List<TokenJson> tokens = new ArrayList<>(ids.length);
        for (int t = 0; t < ids.length; t++) {
            tokens.add(new TokenJson(characters.get(t), ids[t]));
        }
        return tokens;
    }
}
