package dev.glassbox.api;

import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenizer;
import dev.glassbox.model.tokenize.Tokenizers;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tokens?text=…&tokenizer=word|wordpiece|bpe[&format=csv]}. */
@RestController
class TokensController {

    /** The media type of a CSV answer (the API contract: {@code text/csv; charset=utf-8}). */
    static final String CSV = "text/csv;charset=UTF-8";

    record TokensResponse(String tokenizer, List<Token> tokens) {
    }

    @GetMapping("/api/v1/tokens")
    ResponseEntity<?> tokens(@RequestParam String text, @RequestParam(defaultValue = "word") String tokenizer,
            @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidInputException("The parameter \"format\" must be json or csv.");
        }
        Tokenizer chosen = Tokenizers.byName(tokenizer);
        List<Token> tokens = chosen.encode(LearnerText.require(text));
        if (format.equals("csv")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV)).body(csv(tokens));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ApiErrors.JSON))
                .body(new TokensResponse(chosen.name(), tokens));
    }

    /** One row per token under a header row (RFC 4180: a cell with a comma, quote or line break is quoted). */
    static String csv(List<Token> tokens) {
        StringBuilder out = new StringBuilder("text,id,start,end\r\n");
        for (Token t : tokens) {
            out.append(cell(t.text())).append(',').append(t.id() == null ? "" : t.id()).append(',')
                    .append(t.start()).append(',').append(t.end()).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
