package dev.glassbox.ui.base;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import java.util.function.Consumer;

/** The learner's sentence: the same field, id and limit in every lesson. */
public class SentenceField extends TextField {

    public SentenceField() {
        super("Your sentence");
        setId("sentence");
        setWidthFull();
        setClearButtonVisible(true);
        setHelperText("Type any sentence (up to " + LearnerText.MAX_CHARACTERS + " characters) and press Enter.");
        setPlaceholder(LearnerText.DEFAULT_SENTENCE);
    }

    /**
     * When the learner enters a sentence: {@code accepted} gets it if it is within the limits, otherwise
     * {@code rejected} gets the one sentence that says why.
     */
    public Registration onSentence(Consumer<String> accepted, Consumer<String> rejected) {
        return FromClient.onChange(this, text -> {
            try {
                LearnerText.require(text);
            } catch (InvalidInputException e) {
                rejected.accept(e.getMessage());
                return;
            }
            accepted.accept(text);
        });
    }
}
