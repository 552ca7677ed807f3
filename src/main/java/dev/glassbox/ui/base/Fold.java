package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.shared.Registration;
import dev.glassbox.compute.BusyException;
import java.util.ArrayList;
import java.util.List;
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
    private Registration retry; // while the fold waits for room on a busy server
    private final List<Consumer<Boolean>> toggles = new ArrayList<>();

    /** A fold with the id {@code fold-<name>} and the visible {@code summary}. */
    public Fold(String name, String summary) {
        super(summary);
        this.name = name;
        setId("fold-" + name);
        addClassName("gb-fold");
        addOpenedChangeListener(e -> {
            if (e.isFromClient()) {
                // The link first, so that it holds the learner's click even while the content waits for a busy server.
                toggles.forEach(listener -> listener.accept(e.isOpened()));
            }
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
        stopRetry();
        removeAll();
        setOpened(opened);
        if (opened) {
            build();
        }
    }

    /** Calls {@code listener} with the new state when the learner opens or closes the fold. */
    public void onToggle(Consumer<Boolean> listener) {
        toggles.add(listener);
    }

    private void build() {
        if (!built && retry == null) {
            Component c;
            try {
                c = content.get();
            } catch (BusyException e) {
                waitForRoom(e);
                return;
            }
            built = true;
            if (c != null) {
                add(c);
            }
        }
    }

    /** The server had no room for the content's model runs: say so in the fold and build it again by itself. */
    private void waitForRoom(BusyException e) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            throw e;
        }
        Notice busy = new Notice("fold-busy-" + name);
        busy.show(PageLanguage.text("common").plain("busy"));
        add(busy);
        ui.setPollInterval((int) Math.min(60_000, e.retryAfterSeconds() * 1000));
        retry = ui.addPollListener(poll -> {
            stopRetry();
            remove(busy);
            if (isOpened()) {
                build();
            }
        });
    }

    private void stopRetry() {
        if (retry != null) {
            retry.remove();
            retry = null;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }
}
