package dev.glassbox.ui.base;

import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.text.LearnerText;

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
}
