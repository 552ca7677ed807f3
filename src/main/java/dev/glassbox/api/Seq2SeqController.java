package dev.glassbox.api;

import java.util.Map;
import dev.glassbox.compute.Compute;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/seq2seq?text=…&layer=…&head=0}: the encoder–decoder's greedy rewriting of a date as ISO 8601,
 * with one decoder layer's cross-attention (output × source) and causal self-attention (output × output) of one
 * head. The text may hold at most {@value Seq2SeqTransformer#MAX_SOURCE} characters; characters the model does not
 * know are read as {@code <unk>} (id 0). {@code format=csv} gives the same numbers as a table.
 */
@RestController
class Seq2SeqController {

    private final Seq2SeqTransformer model;

    private final Compute compute;

    Seq2SeqController(Seq2SeqTransformer model, Compute compute) {
        this.compute = compute;
        this.model = model;
    }

    /** A token as read or written: {@code id} indexes {@code vocabulary}. */
    record TokenJson(String text, int id) {
    }

    record Seq2SeqResponse(String model, List<String> vocabulary, List<TokenJson> source, List<TokenJson> output,
            String text, int layers, int heads, int layer, int head, float[][] crossAttention,
            float[][] selfAttention) {
    }

    @GetMapping("/api/v1/seq2seq")
    ResponseEntity<?> seq2seq(@RequestParam String text, @RequestParam(required = false) Integer layer,
            @RequestParam(defaultValue = "0") int head, @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        String read = LearnerText.require(text);
        int characters = read.codePointCount(0, read.length());
        if (characters > Seq2SeqTransformer.MAX_SOURCE) {
            throw new InvalidInputException("api", "translator-long", Map.of("n", characters, "max", Seq2SeqTransformer.MAX_SOURCE));
        }
        int layers = model.shape().decoderLayers();
        int heads = model.shape().heads();
        int l = layer == null ? layers - 1 : layer;
        if (l < 0 || l >= layers) {
            throw new InvalidInputException("api", "layer", Map.of("max", layers - 1));
        }
        if (head < 0 || head >= heads) {
            throw new InvalidInputException("api", "head", Map.of("max", heads - 1));
        }
        Seq2SeqTransformer.Translation t = compute.run(() -> model.translate(read));
        List<TokenJson> source = new ArrayList<>();
        int[] ids = t.encoding().source();
        List<String> typed = read.codePoints().mapToObj(Character::toString).toList();
        for (int i = 0; i < ids.length; i++) {
            source.add(new TokenJson(typed.get(i), ids[i]));
        }
        List<TokenJson> output = new ArrayList<>();
        for (int id : t.output()) {
            output.add(new TokenJson(Seq2SeqVocabulary.token(id), id));
        }
        var decoderLayer = t.decoding().layers().get(l);
        return answer.answer("seq2seq", new Seq2SeqResponse(model.name(), Seq2SeqVocabulary.tokens(), source, output,
                t.text(), layers, heads, l, head, decoderLayer.cross().weights()[head], decoderLayer.self().weights()[head]),
                Seq2SeqController::csv);
    }

    /**
     * One row per output step: the token written and its id, that head's cross-attention over the source characters
     * ({@code cross0:…}, named by position and character), then its causal self-attention over the steps
     * ({@code self0:…}, zero after the row's own step).
     */
    static CsvTable csv(Seq2SeqResponse r) {
        List<String> source = r.source().stream().map(TokenJson::text).toList();
        List<String> output = r.output().stream().map(TokenJson::text).toList();
        CsvTable table = CsvTable.of("step", "token", "id", CsvTable.labelled("cross", source),
                CsvTable.labelled("self", output));
        for (int j = 0; j < output.size(); j++) {
            table.row(j + 1, output.get(j), r.output().get(j).id(), r.crossAttention()[j], r.selfAttention()[j]);
        }
        return table;
    }
}
