package dev.glassbox.api;

import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenizer;
import dev.glassbox.model.tokenize.Tokenizers;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tokens?text=…&tokenizer=word|wordpiece|bpe[&format=csv]}. */
@RestController
class TokensController {

    record TokensResponse(String tokenizer, List<Token> tokens) {
    }

    @GetMapping("/api/v1/tokens")
    ResponseEntity<?> tokens(@RequestParam String text, @RequestParam(defaultValue = "word") String tokenizer,
            @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        Tokenizer chosen = Tokenizers.byName(tokenizer);
        List<Token> tokens = chosen.encode(LearnerText.require(text));
        return answer.answer("tokens", new TokensResponse(chosen.name(), tokens), TokensController::csv);
    }

    /** One row per token: its text, id (empty for word tokens) and where it starts and ends in the text. */
    static CsvTable csv(TokensResponse r) {
        CsvTable table = CsvTable.of("text", "id", "start", "end");
        for (Token t : r.tokens()) {
            table.row(t.text(), t.id(), t.start(), t.end());
        }
        return table;
    }
}
