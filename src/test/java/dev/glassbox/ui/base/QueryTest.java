package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.text.LearnerText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTest {

    /** What the router does with a link's query string: Vaadin's own parser. */
    private static Query parse(String href) {
        int q = href.indexOf('?');
        return new Query(QueryParameters.fromString(q < 0 ? "" : href.substring(q + 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Café 🐋 don't", "The animal didn't cross the street.", "a & b = c + d # 100% ?",
            "%20 is not a space", "Ishmael’s “whale”", "مرحبا بالعالم", "tab\there", "  leading and trailing  "})
    void a_sentence_survives_a_link_unchanged(String sentence) {
        String href = Query.href("/tokens", Query.of(Query.SENTENCE, sentence));
        assertThat(href).startsWith("tokens?s=");
        assertThat(parse(href).sentence()).isEqualTo(sentence);
    }

    @Test
    void a_sentence_is_encoded_once() {
        // Encoded by hand: space %20, apostrophe kept, é = C3 A9, 🐋 = F0 9F 90 8B in UTF-8.
        String href = Query.href("attention", Query.of(Query.SENTENCE, "Café 🐋 don't"));
        assertThat(href).isEqualTo("attention?s=Caf%C3%A9%20%F0%9F%90%8B%20don't").doesNotContain("%25");
        // Following the link twice (as a menu does, page after page) changes nothing.
        String again = Query.href("tokens", Query.of(Query.SENTENCE, parse(href).sentence()));
        assertThat(parse(again).sentence()).isEqualTo("Café 🐋 don't");
    }

    @Test
    void a_link_without_parameters_is_the_route_alone() {
        assertThat(Query.href("/positions", Query.of())).isEqualTo("positions");
        assertThat(Query.href("", Query.of(Query.SENTENCE, null))).isEmpty();
    }

    @Test
    void a_link_without_a_sentence_gets_the_default_one() {
        assertThat(parse("tokens").sentence()).isEqualTo(LearnerText.DEFAULT_SENTENCE);
    }

    @Test
    void numbers_and_choices_round_trip_and_bad_ones_fall_back_with_one_sentence() {
        Query good = parse(Query.href("attention", Query.of("layer", 3, "mode", "model")));
        assertThat(good.integer("layer", 0, 0, 5, "layer")).isEqualTo(3);
        assertThat(good.choice("mode", List.of("lines", "model"), "lines", "view")).isEqualTo("model");
        assertThat(good.problems()).isEmpty();

        Query bad = parse("attention?layer=9&mode=table&head=1e999");
        assertThat(bad.integer("layer", 0, 0, 5, "layer")).isZero();
        assertThat(bad.integer("head", 2, 0, 11, "head")).isEqualTo(2);
        assertThat(bad.choice("mode", List.of("lines", "model"), "lines", "view")).isEqualTo("lines");
        assertThat(bad.problems()).containsExactly(
                "The link's layer must be a whole number from 0 to 5; showing 0 instead.",
                "The link's head must be a whole number from 0 to 11; showing 2 instead.",
                "The link's view must be one of lines, model; showing lines instead.");
    }
}
