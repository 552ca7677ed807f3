package dev.glassbox.ui.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.stereotype.Component;

/**
 * Server push only where a page is changed from elsewhere: the teacher's and the students' pages of a live class. Every
 * other page (a lesson, and each step's page inside a class) keeps no push connection open, so a class of 35 holds 36
 * connections, not one per page and frame.
 *
 * <p>Where a proxy refuses WebSockets, push falls back to long polling at once. The push client would otherwise try
 * the WebSocket again first, and its second attempt counts as an opened socket, so it never falls back and keeps
 * retrying: Atmosphere's {@code maxWebsocketErrorRetries} set to 0 makes the first refusal the last.
 */
@Component
class ClassPush implements VaadinServiceInitListener {

    /** The Atmosphere client's setting for how often a refused WebSocket is tried again before falling back. */
    static final String WEBSOCKET_RETRIES = "maxWebsocketErrorRetries";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getPushConfiguration().setParameter(WEBSOCKET_RETRIES, "0");
            ui.addBeforeEnterListener(this::choose);
        });
    }

    private void choose(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean live = target == TeacherView.class || target == StudentView.class;
        event.getUI().getPushConfiguration().setPushMode(live ? PushMode.AUTOMATIC : PushMode.DISABLED);
    }
}
