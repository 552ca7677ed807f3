package dev.glassbox.ui.base;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import java.util.function.Consumer;

/** The learner's sentence: the same field, id and limit in every lesson. */
public class SentenceField extends TextField {

    private final SentenceLimit limit = new SentenceLimit(this);

    public SentenceField() {
        super(PageLanguage.text("common").plain("sentence-label"));
        setId("sentence");
        setWidthFull();
        setClearButtonVisible(true);
        setHelperText(PageLanguage.text("common").plain("sentence-helper", java.util.Map.of("max", LearnerText.MAX_CHARACTERS)));
        setPlaceholder(LearnerText.DEFAULT_SENTENCE);
    }

    /**
     * When the learner enters a sentence: {@code accepted} gets it if it is within the limits, otherwise
     * {@code rejected} gets the one sentence that says why. Beyond the learner's share of new sentences a minute
     * ({@link SentenceLimit}) {@code rejected} is told so, and {@code accepted} gets the sentence once the wait is over.
     */
    public Registration onSentence(Consumer<String> accepted, Consumer<String> rejected) {
        return onSentence(accepted, rejected, rejected);
    }

    /** As {@link #onSentence(Consumer, Consumer)}, with the sentence about the wait going to {@code waiting}. */
    public Registration onSentence(Consumer<String> accepted, Consumer<String> rejected, Consumer<String> waiting) {
        return FromClient.onChange(this, text -> {
            try {
                LearnerText.require(text);
            } catch (InvalidInputException e) {
                rejected.accept(e.sentence(PageLanguage.current()));
                return;
            }
            limit.submit(text, accepted, waiting);
        });
    }
}
