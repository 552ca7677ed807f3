package dev.glassbox.ui.tokenize;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.tokenize.Tokenization;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import org.springframework.core.annotation.Order;

/** The home page's card for {@link TokensView}: the sentence's word tokens, and how many WordPiece tokens MiniLM reads. */
@SpringComponent
@Order(10)
public class TokensCard implements LessonCard {

    private final WordTokenizer words;
    private final WordPieceTokenizer wordPiece;

    public TokensCard(WordTokenizer words, WordPieceTokenizer wordPiece) {
        this.words = words;
        this.wordPiece = wordPiece;
    }

    @Override
    public JourneyCard card(String sentence) {
        Tokenization t = words.tokenize(sentence);
        Value tokens = t.trace().step(WordTokenizer.TOKENS).value();
        int pieces = wordPiece.encode(sentence).size();
        return new JourneyCard("tokens", TokensText.plain("card-title"),
                TokensText.plain("card-text", "n", t.tokens().size(), "pieces", pieces),
                Figure.of(tokens, TokensText.plain("card-figure", "n", t.tokens().size())), "tokens",
                new TokensState(sentence, WordTokenizer.NAME).toQuery());
    }
}
