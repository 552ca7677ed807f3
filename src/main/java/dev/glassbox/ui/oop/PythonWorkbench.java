package dev.glassbox.ui.oop;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.shared.Registration;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.ui.base.PageLanguage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.JsonNode;

/**
 * The {@code <gb-python>} element (frontend/python-runner.js): editor, Run / Check / Stop / Reset, output and
 * object inspector ({@code <gb-objects>}, frontend/objects.js). The learner's code runs in the learner's own
 * browser, in Pyodide inside a Web Worker; the server only stores lesson code and reads back what was run.
 */
@Tag("gb-python")
@JavaScript("context://frontend/objects.js")
@JavaScript("context://frontend/python-runner.js")
@StyleSheet("context://frontend/python.css")
public class PythonWorkbench extends Component {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");

    public PythonWorkbench() {
        setId("python");
        getElement().setPropertyJson("text", texts(PageLanguage.text("python")));
    }

    /**
     * Every sentence the browser writes (sections {@code run-…} and {@code objects-…} of the lessons' shared file) as
     * plain text by section name without its prefix {@code run-} (the object inspector's keep theirs), each
     * {@code {{placeholder}}} left in place for the browser to fill.
     */
    static ObjectNode texts(LessonText text) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String name : text.names()) {
            if (name.startsWith("run-") || name.startsWith("objects-")) {
                Map<String, String> same = new HashMap<>();
                Matcher m = PLACEHOLDER.matcher(text.raw(name));
                while (m.find()) {
                    same.put(m.group(1), "{{" + m.group(1) + "}}");
                }
                out.put(name.startsWith("run-") ? name.substring(4) : name, text.plain(name, same));
            }
        }
        return out;
    }

    /** The code in the editor (replaced only when it differs from what the learner has). */
    public void setCode(String code) {
        getElement().setProperty("code", code);
    }

    /** The code Reset goes back to. */
    public void setStarter(String code) {
        getElement().setProperty("starter", code);
    }

    /** The exercise's Python check, or the empty string for the example (which has no Check button). */
    public void setCheck(String check) {
        getElement().setProperty("check", check);
    }

    /** Brings the workbench into view and runs the code in its editor, as the Run button does. */
    public void runNow() {
        getElement().callJsFunction("runNow");
    }

    /** Runs the code in its editor without scrolling to it (the run a prediction is checked against). */
    public void runQuietly() {
        getElement().callJsFunction("runQuietly");
    }

    /** Hides the toolbar and everything a run shows, until the learner has predicted what the code prints. */
    public void setPredicting(boolean predicting) {
        getElement().setAttribute("predicting", predicting);
    }

    /** One finished run: the code, what it printed, and whether it ran to its end without an error. */
    public record Run(String code, String stdout, boolean ok) {
    }

    /** Called after every finished run with what it printed (Reset is not a run: it is left out). */
    public Registration addRunListener(Consumer<Run> listener) {
        return getElement().addEventListener("gb-ran", e -> {
            JsonNode data = e.getEventData();
            JsonNode stdout = data.get("event.detail.stdout");
            if (stdout == null || stdout.isNull()) {
                return;
            }
            JsonNode code = data.get("event.detail.code");
            JsonNode ok = data.get("event.detail.ok");
            listener.accept(new Run(code == null || code.isNull() ? "" : code.asString(), stdout.asString(),
                    ok != null && !ok.isNull() && ok.asBoolean()));
        }).addEventData("event.detail.code").addEventData("event.detail.stdout").addEventData("event.detail.ok");
    }

    /** Called after every finished run (and after Reset) with the code and whether a check passed ({@code null}: none ran). */
    public Registration addRanListener(BiConsumer<String, Boolean> listener) {
        return getElement().addEventListener("gb-ran", e -> {
            JsonNode data = e.getEventData();
            JsonNode code = data.get("event.detail.code");
            JsonNode passed = data.get("event.detail.passed");
            listener.accept(code == null || code.isNull() ? "" : code.asString(),
                    passed == null || passed.isNull() ? null : passed.asBoolean());
        }).addEventData("event.detail.code").addEventData("event.detail.passed");
    }
}
