package dev.glassbox.api;

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

    EmbeddingController(GloveVectors glove) {
        this.glove = glove;
    }

    record Neighbour(String word, double cosine) {
    }

    record EmbeddingResponse(String word, int dimensions, double[] vector, List<Neighbour> neighbours) {
    }

    @GetMapping(value = "/api/v1/embedding", produces = ApiErrors.JSON)
    EmbeddingResponse embedding(@RequestParam String word, @RequestParam(defaultValue = "10") int k) {
        NearestNeighbours.requireK(k);
        WordVector v = glove.lookup(word);
        List<Neighbour> neighbours = NearestNeighbours.search(glove, v.values(), k, Set.of(v.rank())).stream()
                .map(n -> new Neighbour(n.word(), n.cosine())).toList();
        return new EmbeddingResponse(v.word(), v.dimensions(), v.values(), neighbours);
    }

    @ExceptionHandler(UnknownWordException.class)
    ResponseEntity<ApiError> unknown(UnknownWordException e) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
