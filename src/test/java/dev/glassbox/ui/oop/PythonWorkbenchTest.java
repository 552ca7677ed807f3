package dev.glassbox.ui.oop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The sentences the workbench sends to the browser: every one in every language, its placeholders left to fill. */
class PythonWorkbenchTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[A-Za-z][A-Za-z0-9]*}}");

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void the_browser_gets_the_same_sentences_in_each_language_with_their_placeholders_unfilled() {
        ObjectNode en = PythonWorkbench.texts(LessonText.of("python", Language.ENGLISH));
        ObjectNode es = PythonWorkbench.texts(LessonText.of("python", Language.SPANISH));
        ObjectNode pseudo = PythonWorkbench.texts(LessonText.of("python", Language.PSEUDO));
        List<String> keys = new ArrayList<>(en.propertyNames());
        assertThat(new ArrayList<>(es.propertyNames())).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(new ArrayList<>(pseudo.propertyNames())).containsExactlyInAnyOrderElementsOf(keys);
        // The names python-runner.js, objects.js and glassbox_runner.py ask for (a few of each).
        assertThat(keys).contains("run", "check", "help", "timeout", "no-input", "check-stopped", "objects-summary",
                "objects-legend-mangled", "objects-column-name");
        for (String key : keys) {
            assertThat(placeholders(es.get(key).asString())).as(key).isEqualTo(placeholders(en.get(key).asString()));
            assertThat(placeholders(pseudo.get(key).asString())).as(key).isEqualTo(placeholders(en.get(key).asString()));
        }
        // Written as plain text: the marks of the lesson file are gone, what they mark stays.
        assertThat(en.get("help").asString())
                .isEqualTo("Tab indents by four spaces; press Esc, then Tab, to leave the editor. Ctrl+Enter runs. "
                        + "Runs stop after {{s}} seconds.");
        assertThat(en.get("objects-legend-internal").asString()).isEqualTo("_name: internal by convention");
        assertThat(es.get("not-yet").asString()).isEqualTo("✗ Todavía no: {{why}}");
    }
}
