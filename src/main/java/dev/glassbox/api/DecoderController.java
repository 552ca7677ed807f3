package dev.glassbox.api;

import java.util.Map;
import dev.glassbox.compute.Compute;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Generation;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
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
    private final Compute compute;

    DecoderController(CharDecoder model, Compute compute) {
        this.model = model;
        this.compute = compute;
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

    @GetMapping("/api/v1/decoder")
    ResponseEntity<?> decoder(@RequestParam String text, @RequestParam(defaultValue = "0") int layer,
            @RequestParam(defaultValue = "0") int head, @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        String read = requireText(text);
        int layers = model.shape().layers();
        int heads = model.shape().heads();
        if (layer < 0 || layer >= layers) {
            throw new InvalidInputException("api", "layer", Map.of("max", layers - 1));
        }
        if (head < 0 || head >= heads) {
            throw new InvalidInputException("api", "head", Map.of("max", heads - 1));
        }
        int[] ids = model.encode(read);
        CharDecoder.Run run = compute.run(() -> model.run(ids));
        float[][] weights = run.blocks().get(layer).attention().weights()[head]; // (T, T)
        return answer.answer("decoder-layer" + layer + "-head" + head, new DecoderResponse(model.name(), "char",
                vocabulary(), tokens(read, ids), layers, heads, model.context(), layer, head, weights, run.logits()),
                DecoderController::decoderCsv);
    }

    @GetMapping("/api/v1/generate")
    ResponseEntity<?> generate(@RequestParam String text, @RequestParam(defaultValue = "20") int steps,
            @RequestParam(defaultValue = "1") String temperature, @RequestParam(defaultValue = "0") int topK,
            @RequestParam(defaultValue = "1") String topP, @RequestParam(defaultValue = "0") long seed,
            @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        String prompt = requireText(text);
        if (steps < 1 || steps > Sampling.MAX_STEPS) {
            throw new InvalidInputException("api", "steps", Map.of("max", Sampling.MAX_STEPS));
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
        // A run past its time limit is interrupted: stop writing at the next character rather than finish unseen.
        List<Generation.Step> written = compute.run(() -> Generation.generate(model, ids, steps, sampling, seed,
                step -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("stopped at the time limit");
                    }
                }));
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
        return answer.answer("generate", new GenerateResponse(model.name(), tokens(prompt, ids), json, all.toString(),
                tau, topK, p, seed), DecoderController::generateCsv);
    }

    /**
     * One row per position: the character and its id, that head's attention weights over the positions
     * ({@code w0:…}, named by position and character; zero after the row's own position), then the logits for the
     * next character ({@code logit0:…}, one column per vocabulary entry, named by id and character).
     */
    static CsvTable decoderCsv(DecoderResponse r) {
        List<String> texts = r.tokens().stream().map(TokenJson::text).toList();
        CsvTable table = CsvTable.of("position", "token", "id", CsvTable.labelled("w", texts),
                CsvTable.labelled("logit", r.vocabulary()));
        for (int t = 0; t < texts.size(); t++) {
            table.row(t, texts.get(t), r.tokens().get(t).id(), r.weights()[t], r.logits()[t]);
        }
        return table;
    }

    /**
     * One row per step: the character written, its id and the probability it was drawn with, how many candidates
     * there were, then every candidate, most likely first ({@code candidate1}, {@code id1}, {@code p1}, …; empty
     * where a step had fewer candidates than the step with the most).
     */
    static CsvTable generateCsv(GenerateResponse r) {
        int most = r.steps().stream().mapToInt(s -> s.candidates().size()).max().orElse(0);
        List<String> candidateColumns = new ArrayList<>(3 * most);
        for (int k = 1; k <= most; k++) {
            candidateColumns.addAll(List.of("candidate" + k, "id" + k, "p" + k));
        }
        CsvTable table = CsvTable.of("step", "chosen", "id", "probability", "candidates", candidateColumns);
        for (int n = 0; n < r.steps().size(); n++) {
            StepJson s = r.steps().get(n);
            List<Object> cells = new ArrayList<>(3 * most);
            double chosen = 0;
            for (CandidateJson c : s.candidates()) {
                cells.addAll(List.of(c.text(), c.id(), c.probability()));
                if (c.id() == s.chosen().id()) {
                    chosen = c.probability();
                }
            }
            while (cells.size() < 3 * most) {
                cells.add(null);
            }
            table.row(n + 1, s.chosen().text(), s.chosen().id(), chosen, s.candidates().size(), cells);
        }
        return table;
    }

    /** The learner's text, when the decoder can read it all at once. */
    private String requireText(String text) {
        if (text != null && !text.isBlank()) {
            int characters = text.codePointCount(0, text.length());
            if (characters > model.context()) {
                throw new InvalidInputException("api", "decoder-long", Map.of("n", characters, "max", model.context()));
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
