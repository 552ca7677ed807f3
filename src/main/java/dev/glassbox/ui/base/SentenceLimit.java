package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import dev.glassbox.compute.RateLimit;
import dev.glassbox.compute.RateLimits;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * At most {@code glassbox.limits.sentences-per-minute} new sentences a minute from one learner (one browser
 * session, so that a class behind one school address is not limited together). Beyond that the learner reads one
 * sentence, and theirs goes on by itself once the wait is over — or at once on their next try when it is.
 */
final class SentenceLimit {

    private Registration pending;

    SentenceLimit(Component owner) {
        owner.addDetachListener(e -> cancel());
    }

    /** Hands {@code text} to {@code accepted} now if the limit allows it, otherwise tells {@code told} and retries later. */
    void submit(String text, Consumer<String> accepted, Consumer<String> told) {
        cancel();
        RateLimit limit = limit();
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        Duration wait = limit == null || session == null || session.getSession() == null
                ? Duration.ZERO : limit.take(session.getSession().getId());
        if (wait.isZero() || ui == null) {
            accepted.accept(text);
            return;
        }
        told.accept(PageLanguage.text("common").plain("sentence-limit", java.util.Map.of("perMinute", limit.perMinute(), "seconds", wait.toSeconds())));
        ui.setPollInterval((int) wait.toMillis());
        pending = ui.addPollListener(e -> submit(text, accepted, told));
    }

    private void cancel() {
        if (pending != null) {
            pending.remove();
            pending = null;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }

    private static RateLimit limit() {
        VaadinService service = VaadinService.getCurrent();
        return service == null ? null : service.getInstantiator().getOrCreate(RateLimits.class).sentences();
    }
}
