package dev.glassbox.ui.tokenize;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenization;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.ui.base.Prose;

/**
 * Where [CLS] and [SEP] are defined, with the stable id {@code special-tokens} that later lessons link to, and their
 * ids and places for the learner's sentence.
 */
class SpecialTokensSection extends Section {

    private final Paragraph here = new Paragraph();

    SpecialTokensSection() {
        setId("special-tokens");
        here.setId("special-tokens-here");
        add(new H2(TokensText.plain("special-title")), new Prose("tokens", "special-tokens"), here);
    }

    void clear() {
        here.setText("");
    }

    void show(TokensLesson lesson) {
        Tokenization t = lesson.of(WordPieceTokenizer.NAME);
        Token cls = t.tokens().getFirst();
        Token sep = t.tokens().getLast();
        int n = t.tokens().size();
        here.setText(TokensText.plain("special-here", "n", n, "cls", cls.text(), "clsId", cls.id(), "pieces", n - 2,
                "sep", sep.text(), "sepId", sep.id(), "last", n - 1));
    }
}
