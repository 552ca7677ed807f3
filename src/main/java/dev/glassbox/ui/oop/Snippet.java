package dev.glassbox.ui.oop;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import java.util.function.Consumer;

/** Runnable code in a lesson's explanation: shown as text, and a button that runs it in the lesson's editor. */
class Snippet extends Div {

    Snippet(String id, String code, Consumer<String> run) {
        setId("snippet-" + id);
        addClassName("gb-py-snippet");
        LessonText text = PageLanguage.text("python");
        Pre pre = new Pre(code);
        pre.addClassName("gb-lesson-code");
        pre.getElement().setAttribute("tabindex", "0");
        pre.getElement().setAttribute("aria-label", text.plain("code-label"));
        Button button = new Button(text.plain("snippet-run"), e -> run.accept(code));
        button.setId("run-" + id);
        button.addClassName("gb-py-snippet-run");
        add(pre, button, Prose.paragraph("python", "snippet-help"));
    }
}
