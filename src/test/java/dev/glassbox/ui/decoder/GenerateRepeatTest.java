package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateRepeatTest {

    private static List<String> chars(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }

    @Test
    void a_text_that_ends_in_one_piece_again_and_again_is_a_loop() {
        // "ab" then "the " four times: by eye, the loop starts at index 2 with period 4
        List<String> text = chars("abthe the the the ");
        GenerateRepeat r = GenerateRepeat.of(text);
        assertThat(r.kind()).isEqualTo(GenerateRepeat.Kind.LOOP);
        assertThat(r.start()).isEqualTo(2);
        assertThat(r.length()).isEqualTo(4);
        assertThat(r.copies()).isEqualTo(4);
        assertThat(r.piece(text)).isEqualTo("the ");
    }

    @Test
    void one_character_over_and_over_is_a_loop_of_length_one() {
        GenerateRepeat r = GenerateRepeat.of(chars("xyz      "));
        assertThat(r.kind()).isEqualTo(GenerateRepeat.Kind.LOOP);
        assertThat(r.length()).isEqualTo(1);
        assertThat(r.copies()).isEqualTo(6);
    }

    @Test
    void a_piece_written_often_but_not_in_a_loop_is_counted_without_overlaps() {
        // by hand: " the ", " the" and "the " come 3 times each (" the " at 0, 8 and 16): the longest is named
        List<String> text = chars(" the cat the sea the end.");
        GenerateRepeat r = GenerateRepeat.of(text);
        assertThat(r.kind()).isEqualTo(GenerateRepeat.Kind.OFTEN);
        assertThat(r.piece(text)).isEqualTo(" the ");
        assertThat(r.copies()).isEqualTo(3);
        assertThat(GenerateSentences.repeat(text))
                .isEqualTo("The piece written most often is “␣the␣” (5 characters): 3 times, filling 15 of these 25 "
                        + "characters (60%).");
    }

    @Test
    void the_piece_written_most_often_is_named_and_of_equals_the_longest() {
        // by hand: "abcd-", "abcd" and "xyzw" come 3 times each; "abcd-" is the longest; the end is no loop (2 copies)
        List<String> text = chars("abcd-abcd-abcd-xyzw.xyzw.xyzw");
        assertThat(GenerateRepeat.of(text).piece(text)).isEqualTo("abcd-");
        // by hand: "abcd" 6 times, "efghij" only 4: the one written more often is named, though "efghij" is longer
        List<String> tie = chars("abcd1abcd2abcd3abcd4abcd5abcd6efghij7efghij8efghij9efghij0");
        GenerateRepeat r = GenerateRepeat.of(tie);
        assertThat(r.piece(tie)).isEqualTo("abcd");
        assertThat(r.copies()).isEqualTo(6);
    }

    @Test
    void overlapping_copies_count_once() {
        // "aaaaab": "aaaa" overlaps itself; written without overlap it fits once, so it is no repeat
        assertThat(GenerateRepeat.of(chars("xaaaaaybzcwd")).kind()).isEqualTo(GenerateRepeat.Kind.NONE);
    }

    @Test
    void nothing_repeated() {
        assertThat(GenerateRepeat.of(chars("abcdefghijklmnop"))).isEqualTo(GenerateRepeat.NONE);
        assertThat(GenerateSentences.repeat(chars("abcdefghijklmnop")))
                .isEqualTo("No piece of 4 or more characters is written 3 times in these 16 characters.");
    }
}
