package dev.glassbox.ui.base;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Listens to what the learner changes, not to what the view itself sets: a view sets its controls from the link on
 * every navigation, and only a learner's change should lead to a new link.
 */
public final class FromClient {

    private FromClient() {
    }

    public static <V> Registration onChange(HasValue<?, V> field, Consumer<V> action) {
        return field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                action.accept(e.getValue());
            }
        });
    }
}
