package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dev.glassbox.model.encoder.MiniLmLoader;
import java.util.function.Consumer;

/** While the encoder loads in the background, a view says how far it is and fills in by itself once it is ready. */
public final class WhenLoaded {

    private WhenLoaded() {
    }

    /**
     * Shows {@code loader}'s progress now and every second, then runs {@code then} once the model is ready (or
     * failed). Calling it again for the same {@code owner} while it waits does not start a second wait.
     */
    public static void poll(Component owner, MiniLmLoader loader, Consumer<String> progress, Runnable then) {
        progress.accept(loader.progress(PageLanguage.current()));
        UI ui = UI.getCurrent();
        if (ui == null || loader.failed() || ComponentUtil.getData(owner, Waiting.class) != null) {
            return;
        }
        ui.setPollInterval(1000);
        Waiting waiting = new Waiting();
        waiting.registration = ui.addPollListener(e -> {
            if (loader.ready().isPresent() || loader.failed()) {
                ui.setPollInterval(-1);
                waiting.registration.remove();
                ComponentUtil.setData(owner, Waiting.class, null);
                then.run();
            } else {
                progress.accept(loader.progress(PageLanguage.current()));
            }
        });
        ComponentUtil.setData(owner, Waiting.class, waiting);
    }

    private static final class Waiting {
        private Registration registration;
    }
}
