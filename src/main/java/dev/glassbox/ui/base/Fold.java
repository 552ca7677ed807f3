package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part of a lesson that stays folded until the learner asks for it — typically the every-number, step-by-step
 * detail. Its content is built only when it is open, and whether it is open belongs to the view's state (see
 * {@link Folds}): the view passes the state in with {@link #show(boolean, Supplier)} and records a learner's click
 * through {@link #onToggle(Consumer)}, usually with {@link UrlState#replace}.
 */
public class Fold extends Details {

    private final String name;
    private Supplier<? extends Component> content = () -> null;
    private boolean built;

    /** A fold with the id {@code fold-<name>} and the visible {@code summary}. */
    public Fold(String name, String summary) {
        super(summary);
        this.name = name;
        setId("fold-" + name);
        addClassName("gb-fold");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                build();
            }
        });
    }

    public String name() {
        return name;
    }

    /** Sets whether the fold is open and what it holds; the content is built now if open, else on first opening. */
    public void show(boolean opened, Supplier<? extends Component> builder) {
        content = builder;
        built = false;
        removeAll();
        setOpened(opened);
        if (opened) {
            build();
        }
    }

    /** Calls {@code listener} with the new state when the learner opens or closes the fold. */
    public void onToggle(Consumer<Boolean> listener) {
        addOpenedChangeListener(e -> {
            if (e.isFromClient()) {
                listener.accept(e.isOpened());
            }
        });
    }

    private void build() {
        if (!built) {
            built = true;
            Component c = content.get();
            if (c != null) {
                add(c);
            }
        }
    }
}
