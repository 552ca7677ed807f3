package dev.glassbox.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LessonTextTest {

    private static final String FILE = """
            % a comment line
            @@ intro
            A z-score is *how far* from the **mean**, in `sd` units: $z = \\frac{x - \\mu}{\\sigma}$.
            It has no units.

            ### Why
            - one list
            - two groups, on
              two lines

            $$\\bar{x} = \\frac{1}{n} \\sum x_i$$

            @@ limit
            At most {{max}} values; see [the normal curve](/normal). A price of \\$5.
            """;

    @Test
    void sections_are_split_by_their_names() {
        LessonText text = LessonText.parse("test", FILE);
        assertThat(text.names()).containsExactlyInAnyOrder("intro", "limit");
    }

    @Test
    void a_paragraph_joins_its_lines_and_splits_into_runs() {
        List<Block> blocks = LessonText.parse("test", FILE).section("intro");
        assertThat(blocks).hasSize(4);
        Block.Paragraph p = (Block.Paragraph) blocks.getFirst();
        assertThat(p.runs()).containsExactly(
                new Inline.Plain("A z-score is "), new Inline.Emphasis("how far"), new Inline.Plain(" from the "),
                new Inline.Strong("mean"), new Inline.Plain(", in "), new Inline.Code("sd"),
                new Inline.Plain(" units: "), new Inline.Math("z = \\frac{x - \\mu}{\\sigma}"),
                new Inline.Plain(". It has no units."));
    }

    @Test
    void headings_lists_and_display_formulas_are_blocks_of_their_own() {
        List<Block> blocks = LessonText.parse("test", FILE).section("intro");
        assertThat(blocks.get(1)).isEqualTo(new Block.Heading("Why"));
        assertThat(((Block.Bullets) blocks.get(2)).items()).containsExactly(
                List.of(new Inline.Plain("one list")), List.of(new Inline.Plain("two groups, on two lines")));
        assertThat(blocks.get(3)).isEqualTo(new Block.Display("\\bar{x} = \\frac{1}{n} \\sum x_i"));
    }

    @Test
    void placeholders_links_and_escapes() {
        LessonText text = LessonText.parse("test", FILE);
        assertThat(text.plain("limit", Map.of("max", 1000)))
                .isEqualTo("At most 1000 values; see the normal curve. A price of $5.");
        Block.Paragraph p = (Block.Paragraph) text.section("limit", Map.of("max", 1)).getFirst();
        assertThat(p.runs()).contains(new Inline.Link("the normal curve", "/normal"));
    }

    @Test
    void a_missing_section_or_value_is_an_error_not_a_blank() {
        LessonText text = LessonText.parse("test", FILE);
        assertThatThrownBy(() -> text.section("nope")).hasMessageContaining("no section nope");
        assertThatThrownBy(() -> text.section("limit")).hasMessageContaining("no value for {{max}}");
    }

    @Test
    void an_unclosed_marker_stays_plain_text() {
        assertThat(LessonText.inline("2 * 3 and a lone $ sign"))
                .containsExactly(new Inline.Plain("2 * 3 and a lone $ sign"));
    }

    /** Every lesson file on the class path parses, and every section renders to at least one block. */
    @Test
    void every_lesson_file_parses() throws IOException {
        Path root = Path.of("src/main/resources/lessons");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("text.md")).toList()) {
                String concept = root.relativize(file.getParent()).toString().replace('\\', '/');
                LessonText text = LessonText.of(concept);
                for (String name : text.names()) {
                    if (!text.raw(name).contains("{{")) {
                        assertThat(text.section(name)).as(concept + "/" + name).isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void a_placeholder_value_is_plain_text_never_markup() {
        LessonText text = LessonText.parse("test", "@@ said\nYou said {{said}}.\n");
        // A learner's own words: asterisks, dollars, backticks, brackets and a line break, all kept as typed.
        assertThat(text.plain("said", java.util.Map.of("said", "*big* $5 `x` [a](b) \\ c\n\nd")))
                .isEqualTo("You said *big* $5 `x` [a](b) \\ c d.");
    }
}
