package dev.glassbox.api;

import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenizer;
import dev.glassbox.model.tokenize.Tokenizers;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tokens?text=…&tokenizer=word|wordpiece|bpe}. */
@RestController
class TokensController {

    record TokensResponse(String tokenizer, List<Token> tokens) {
    }

    @GetMapping(value = "/api/v1/tokens", produces = ApiErrors.JSON)
    TokensResponse tokens(@RequestParam String text, @RequestParam(defaultValue = "word") String tokenizer) {
        Tokenizer chosen = Tokenizers.byName(tokenizer);
        return new TokensResponse(chosen.name(), chosen.encode(LearnerText.require(text)));
    }
}
