package dev.glassbox.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.glassbox.web.ErrorId;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a learner sees when opening a view failed on the server: one sentence with an error id, never a stack trace;
 * the exception is logged with the same id. (A page that does not exist keeps Vaadin's own "not found" view.)
 */
public class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = ErrorId.next();
        LOG.error("Error id {}: opening /{} failed", id, event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        removeAll();
        setId("server-error");
        addClassName("gb-lesson");
        Paragraph sentence = new Paragraph(ServerErrors.sentence(id));
        sentence.setId("error-sentence");
        add(sentence, new Anchor("", PageLanguage.text("common").plain("error-back")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageLanguage.text("common").plain("error-title");
    }
}
