package dev.glassbox.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.web.ErrorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception while the server handles something a learner did in a view (a click, a new sentence) is logged with
 * an error id, and the learner sees that id in one sentence: never a stack trace, never silence.
 */
@SpringComponent
public class ServerErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

    /** The sentence a learner reads, with the id the server logged. */
    static String sentence(String id) {
        return PageLanguage.text("common").plain("error-server", java.util.Map.of("id", id));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /** Vaadin's own handler, which ignores what is no error of the app (a browser that went away), told to say more. */
    private static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            if (!shouldHandle(event.getThrowable())) {
                return;
            }
            String id = ErrorId.next();
            LOG.error("Error id {}: a request of a view failed", id, event.getThrowable());
            if (UI.getCurrent() != null) {
                Notification note = Notification.show(sentence(id), 10_000, Notification.Position.BOTTOM_CENTER);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
