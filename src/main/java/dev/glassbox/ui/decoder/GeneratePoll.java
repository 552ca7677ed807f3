package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * While a view has writing left to do, the browser asks every {@value #INTERVAL_MS} ms and the view does the next
 * slice; without server push, this is how the page fills in while the learner watches. Stopped when done, and when
 * the view leaves the page.
 */
public final class GeneratePoll {

    static final int INTERVAL_MS = 100;

    private final Runnable tick;
    private Registration registration;
    private UI ui;

    public GeneratePoll(Runnable tick) {
        this.tick = tick;
    }

    /** Polls from now on (once, however often it is called). */
    public void start(UI current) {
        if (registration == null) {
            ui = current;
            ui.setPollInterval(INTERVAL_MS);
            registration = ui.addPollListener(e -> tick.run());
        }
    }

    public void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
            ui.setPollInterval(-1);
            ui = null;
        }
    }
}
