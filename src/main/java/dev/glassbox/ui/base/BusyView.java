package dev.glassbox.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.shared.Registration;
import dev.glassbox.compute.BusyException;
import dev.glassbox.compute.Compute;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a lesson shows when the server had no room for its model run: one sentence, the learner's link unchanged
 * (their sentence and settings are in it), and every {@code Retry-After} seconds a look whether there is room again;
 * when there is, the same link is loaded again by itself.
 */
@ParentLayout(MainLayout.class)
public class BusyView extends Main implements HasErrorParameter<BusyException> {

    private final Notice notice = new Notice("busy-notice");
    private Registration retry;

    public BusyView() {
        addClassName("gb-page");
        add(notice);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<BusyException> parameter) {
        notice.show(PageLanguage.text("common").plain("busy"));
        UI ui = event.getUI();
        Compute compute = ViewCompute.compute();
        if (retry == null) {
            ui.setPollInterval((int) Math.min(60_000, parameter.getException().retryAfterSeconds() * 1000));
            retry = ui.addPollListener(e -> {
                if (compute == null || compute.hasRoom()) {
                    stop(ui);
                    ui.getPage().reload();
                }
            });
            addDetachListener(e -> stop(ui));
        }
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    private void stop(UI ui) {
        if (retry != null) {
            retry.remove();
            retry = null;
            ui.setPollInterval(-1);
        }
    }
}
