package dev.glassbox.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.glassbox.compute.BusyException;
import org.springframework.stereotype.Component;

/**
 * A model run refused outside a navigation (a fold opened, a poll while the model loaded): the page loads its link
 * again, which either shows the lesson or, while the server is still full, {@link BusyView} with its own retries.
 * Every other error goes to the handler the session had before.
 */
@Component
class BusyErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            ErrorHandler previous = init.getSession().getErrorHandler();
            init.getSession().setErrorHandler(error -> {
                UI ui = UI.getCurrent();
                if (ui != null && busy(error.getThrowable())) {
                    ui.getPage().reload();
                } else {
                    previous.error(error);
                }
            });
        });
    }

    /** Whether {@code e} or one of its causes is a refused model run. */
    static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusyException) {
                return true;
            }
        }
        return false;
    }
}
