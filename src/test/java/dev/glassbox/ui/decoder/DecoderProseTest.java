package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.ui.base.Prose;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every section of the lesson's prose renders, in English and in Spanish: its formulas parse and its placeholders are filled. */
class DecoderProseTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");

    @Test
    void every_section_renders_with_its_formulas() {
        LessonText text = LessonText.of("decoder");
        assertThat(text.names()).contains("intro", "characters", "mask-predict", "mask", "bidirectional", "flow",
                "pre-ln", "next-predict", "next", "lens", "compare", "compare-why-lstm", "compare-why-decoder", "training");
        for (String concept : new String[] {"decoder", "generate"}) {
            for (Language language : new Language[] {Language.ENGLISH, Language.SPANISH}) {
                LessonText lesson = LessonText.of(concept, language);
                for (String name : lesson.names()) {
                    Map<String, Object> values = values(lesson.raw(name));
                    Prose prose = new Prose(lesson.section(name, values));
                    assertThat(prose.getChildren().count()).as(concept + "/" + name).isPositive();
                    assertThat(lesson.plain(name, values)).as(concept + "/" + name).doesNotContain("{{");
                }
            }
        }
    }

    /** A value (256) for every placeholder of {@code raw}. */
    static Map<String, Object> values(String raw) {
        Map<String, Object> out = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(raw);
        while (m.find()) {
            out.put(m.group(1), 256);
        }
        return out;
    }
}
