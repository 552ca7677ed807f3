package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.ui.base.Prose;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every section of the lesson's prose renders: its formulas parse and its placeholders are filled. */
class DecoderProseTest {

    @Test
    void every_section_renders_with_its_formulas() {
        LessonText text = LessonText.of("decoder");
        assertThat(text.names()).contains("intro", "characters", "mask-predict", "mask", "bidirectional", "flow",
                "pre-ln", "next-predict", "next", "lens", "compare", "compare-why-lstm", "compare-why-decoder", "training");
        for (String name : text.names()) {
            Prose prose = new Prose("decoder", name, Map.of("context", 256));
            assertThat(prose.getChildren().count()).as(name).isPositive();
            assertThat(text.plain(name, Map.of("context", 256))).as(name).doesNotContain("{{");
        }
    }
}
