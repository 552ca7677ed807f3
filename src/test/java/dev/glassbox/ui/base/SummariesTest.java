package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class SummariesTest {

    /** The examples that the browser's Glassbox.number must write identically (NumberFormatIT reads the same file). */
    public static List<JsonNode> examples() throws IOException {
        try (InputStream in = SummariesTest.class.getResourceAsStream("/numbers/format.json")) {
            return List.copyOf(JsonMapper.builder().build().readTree(in).get("examples").values());
        }
    }

    @Test
    void in_a_spanish_page_numbers_take_a_decimal_comma_and_exact_numbers_keep_the_point() throws IOException {
        com.vaadin.flow.component.UI ui = new com.vaadin.flow.component.UI();
        com.vaadin.flow.component.ComponentUtil.setData(ui, dev.glassbox.model.lesson.Language.class,
                dev.glassbox.model.lesson.Language.SPANISH);
        com.vaadin.flow.component.UI.setCurrent(ui);
        try {
            for (JsonNode e : examples()) {
                double x = Double.parseDouble(e.get("x").asString());
                int digits = e.get("digits").asInt();
                // The shared table's text with the decimal point as a comma; links and files keep the point.
                assertThat(Summaries.number(x, digits)).isEqualTo(e.get("text").asString().replace('.', ','));
                assertThat(Summaries.exact(x, digits)).isEqualTo(e.get("text").asString());
            }
        } finally {
            com.vaadin.flow.component.UI.setCurrent(null);
            // Vaadin holds the current UI weakly: keep it reachable until here.
            java.lang.ref.Reference.reachabilityFence(ui);
        }
    }

    @Test
    void numbers_are_written_as_the_shared_table_of_examples_says() throws IOException {
        // Expected text: the file's "source" (Python's decimal module on the exact value of each double).
        List<JsonNode> examples = examples();
        assertThat(examples).hasSizeGreaterThan(30);
        for (JsonNode e : examples) {
            double x = Double.parseDouble(e.get("x").asString());
            int digits = e.get("digits").asInt();
            assertThat(Summaries.number(x, digits)).as("%s with %d decimals", e.get("x").asString(), digits)
                    .isEqualTo(e.get("text").asString());
        }
    }

    @Test
    void the_one_argument_formatter_writes_four_decimals() {
        // sin 1 = 0.8414709848… (any table of sines); four decimals, rounded.
        assertThat(Summaries.number(Math.sin(1))).isEqualTo("0.8415");
        assertThat(Summaries.number(12.0)).isEqualTo("12");
        assertThat(Summaries.number(1234500.5)).isEqualTo("1.235e+06");
    }
}
