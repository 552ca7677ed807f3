package dev.glassbox.api;

import dev.glassbox.compute.Compute;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.UnknownWordException;
import dev.glassbox.model.embedding.WordVector;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/embedding?word=king&k=10}: the word's GloVe 6B 100d vector and its k nearest neighbours
 * (1 ≤ k ≤ 100) among the same words the lesson uses (the 50,000 most frequent). An unknown word is a 404.
 */
@RestController
class EmbeddingController {

    private final GloveVectors glove;

    private final Compute compute;

    EmbeddingController(GloveVectors glove, Compute compute) {
        this.compute = compute;
        this.glove = glove;
    }

    record Neighbour(String word, double cosine) {
    }

    record EmbeddingResponse(String word, int dimensions, double[] vector, List<Neighbour> neighbours) {
    }

    @GetMapping("/api/v1/embedding")
    ResponseEntity<?> embedding(@RequestParam String word, @RequestParam(defaultValue = "10") int k,
            @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        NearestNeighbours.requireK(k);
        WordVector v = glove.lookup(word);
        List<Neighbour> neighbours = compute.run(() -> NearestNeighbours.search(glove, v.values(), k, Set.of(v.rank())))
                .stream().map(n -> new Neighbour(n.word(), n.cosine())).toList();
        return answer.answer("embedding", new EmbeddingResponse(v.word(), v.dimensions(), v.values(), neighbours),
                EmbeddingController::csv);
    }

    /**
     * One row per number: first the word's vector ({@code part} = vector, {@code index} = dimension, {@code value} =
     * the component), then its neighbours ({@code part} = neighbour, {@code index} = rank from 1, {@code value} =
     * cosine similarity).
     */
    static CsvTable csv(EmbeddingResponse r) {
        CsvTable table = CsvTable.of("part", "index", "word", "value");
        for (int j = 0; j < r.vector().length; j++) {
            table.row("vector", j, r.word(), r.vector()[j]);
        }
        for (int n = 0; n < r.neighbours().size(); n++) {
            table.row("neighbour", n + 1, r.neighbours().get(n).word(), r.neighbours().get(n).cosine());
        }
        return table;
    }

    @ExceptionHandler(UnknownWordException.class)
    ResponseEntity<ApiError> unknown(UnknownWordException e) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
