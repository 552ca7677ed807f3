package dev.glassbox.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LessonLinkTest {

    private static final int PINNED_SIZE = 2_433;
    private static final long PINNED_CRC = 237_200_831L;

    /** A realistic ten-step lesson: the notes a teacher writes, 150 to 350 characters each, and a question in four. */
    static Lesson tenSteps() {
        String s = "s=The%20animal%20didn%27t%20cross%20the%20street%20because%20it%20was%20too%20tired.";
        List<LessonStep> steps = List.of(
                new LessonStep("/tokens?" + s + "&t=word", "Words into tokens",
                        "Before the model reads anything, the sentence is cut into *tokens*. Count them: is every "
                                + "word one token? Look at the apostrophe in didn't and at the full stop.",
                        new StepQuestion.OwnChoice("How many tokens does the word tokenizer make of didn't?",
                                List.of("1", "2", "3"), 2), List.of(), List.of("tokenizer")),
                new LessonStep("/tokens?" + s + "&t=bpe", "Pieces of words",
                        "Now GPT-2's byte-pair encoding. Frequent words stay whole; rare ones are split into "
                                + "**pieces**. Press the merge steps one by one and say aloud which pair is joined next.",
                        StepQuestion.NONE, List.of("try-this"), List.of()),
                LessonStep.of("/embeddings?" + s + "&w=animal", "Every word a vector",
                        "Each word is a list of 100 numbers. Words used in similar sentences get similar numbers. "
                                + "Look at the nearest neighbours of animal: which surprise you, and why might they be close?"),
                LessonStep.of("/embeddings?" + s + "&a=king&b=man&c=woman", "Arithmetic with words",
                        "king − man + woman: the answer is the word whose vector is nearest. Before you press "
                                + "Solve, write down your guess. Then try one analogy of your own with your neighbour."),
                LessonStep.of("/positions?" + s, "Where is each word?",
                        "Attention alone does not know the order of the words. Each position adds its own wave "
                                + "pattern. Which positions look most alike in the similarity map?"),
                new LessonStep("/attention?" + s + "&layer=4&head=6", "Who looks at whom",
                        "Each row is one token looking at all the others; its weights add up to 1. Find the row "
                                + "of *it*. Which word gets the most weight in this head?",
                        new StepQuestion.OwnChoice("Each row of attention weights adds up to …",
                                List.of("0", "1", "the number of tokens"), 1), List.of("layer", "head"), List.of()),
                LessonStep.of("/attention?" + s + "&view=lines", "The same head as lines",
                        "The same numbers drawn as lines: thicker is more weight. Change the sentence so that "
                                + "*it* should mean the street. Does the picture change the way you expect?"),
                LessonStep.of("/encoder?" + s, "One whole layer",
                        "Attention is one part of a layer. After it come a feed-forward network and LayerNorm. "
                                + "Follow one token through the box and name each step in your own words."),
                new LessonStep("/zscores?" + s + "&v=62,75,71,88,54", "LayerNorm is a z-score",
                        "LayerNorm turns a token's 384 numbers into z-scores, then scales them. Compute one z-score "
                                + "by hand from the table and check it against the view.",
                        new StepQuestion.OwnChoice("A value equal to the mean has z-score …", List.of("0", "1", "−1"), 0),
                        List.of(), List.of("sd-kind")),
                new LessonStep("/lstm?s=Call%20me%20Ishmael.&gate=f", "Before transformers: the LSTM",
                        "An LSTM reads one character at a time and keeps a memory. Watch the forget gate: where "
                                + "in the sentence does it drop towards 0, and what might the network be forgetting?",
                        new StepQuestion.OwnChoice("If f = 0, the old cell state is …",
                                List.of("kept", "cleared", "doubled"), 1), List.of(), List.of()));
        return new Lesson("From words to attention, and back to the LSTM", steps);
    }

    @Test
    void a_lesson_comes_back_from_its_link_exactly() {
        Lesson lesson = tenSteps();
        LessonLink.Reading r = LessonLink.decode(LessonLink.encode(lesson));
        assertThat(r.problem()).isEmpty();
        assertThat(r.lesson()).isEqualTo(lesson);
    }

    @Test
    void the_link_of_a_realistic_ten_step_lesson_stays_under_two_thousand_characters() {
        Lesson lesson = tenSteps();
        String link = LessonLink.encode(lesson);
        int notes = lesson.steps().stream().mapToInt(s -> s.note().length()).sum();
        System.out.printf("Ten-step lesson: %d characters of notes, link value %d characters%n", notes, link.length());
        assertThat(notes).isGreaterThan(1_500);
        assertThat(link.length()).isLessThanOrEqualTo(2_000);
        assertThat(link).matches("v1(\\.[A-Za-z0-9_-]+)+");
    }

    @Test
    void a_link_cut_short_keeps_the_steps_before_the_cut_and_names_the_rest() {
        String link = LessonLink.encode(tenSteps());
        // Cut in the middle of the eighth step's part.
        int eighth = nthDot(link, 9);
        LessonLink.Reading r = LessonLink.decode(link.substring(0, eighth + 10));
        assertThat(r.lesson().steps()).containsExactlyElementsOf(tenSteps().steps().subList(0, 7));
        assertThat(r.lesson().title()).isEqualTo(tenSteps().title());
        assertThat(r.problem()).contains("This lesson link is damaged or cut short: steps 8, 9 and 10 of 10 could not "
                + "be read; every other step is here.");
    }

    @Test
    void a_changed_character_loses_only_its_own_step() {
        String link = LessonLink.encode(tenSteps());
        int third = nthDot(link, 4) + 5;
        char c = link.charAt(third);
        String tampered = link.substring(0, third) + (c == 'A' ? 'B' : 'A') + link.substring(third + 1);
        LessonLink.Reading r = LessonLink.decode(tampered);
        List<LessonStep> expected = new ArrayList<>(tenSteps().steps());
        expected.remove(2);
        assertThat(r.lesson().steps()).containsExactlyElementsOf(expected);
        assertThat(r.problem()).contains("This lesson link is damaged or cut short: step 3 of 10 could not be read; "
                + "every other step is here.");
    }

    @Test
    void a_damaged_beginning_says_that_no_step_can_be_read_without_it() {
        String link = LessonLink.encode(tenSteps());
        String tampered = "v1.AAAA" + link.substring(nthDot(link, 2));
        LessonLink.Reading r = LessonLink.decode(tampered);
        assertThat(r.lesson().steps()).isEmpty();
        assertThat(r.problem()).contains("This lesson link is damaged: its beginning (the title, the number of steps "
                + "and the shared sentence) could not be read, and without it no step can be.");
    }

    @Test
    void the_dictionary_of_format_v1_never_changes() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(LessonLink.DICTIONARY);
        // Pinned when format v1 was released: every v1 link ever made depends on these bytes.
        assertThat(LessonLink.DICTIONARY).hasSize(PINNED_SIZE);
        assertThat(crc.getValue()).isEqualTo(PINNED_CRC);
    }

    @Test
    void the_shared_sentence_is_the_one_most_views_carry() {
        assertThat(LessonLink.sharedSentence(tenSteps())).startsWith("s=The%20animal");
        assertThat(LessonLink.sharedSentence(new Lesson("x", List.of(LessonStep.of("/lstm?s=A", "a", ""),
                LessonStep.of("/normal", "b", ""))))).isEmpty();
    }

    @Test
    void a_step_from_another_lesson_spliced_in_is_not_taken_for_one_of_this_lesson() {
        String link = LessonLink.encode(tenSteps());
        String other = LessonLink.encode(new Lesson("Other", List.of(LessonStep.of("/normal", "x", "y"))));
        LessonLink.Reading r = LessonLink.decode(link + other.substring(other.lastIndexOf('.')));
        assertThat(r.lesson().steps()).containsExactlyElementsOf(tenSteps().steps());
        assertThat(r.problem()).contains("This lesson link is damaged or cut short: one part that belongs to no step "
                + "could not be read; every other step is here.");
    }

    @Test
    void a_link_from_a_newer_version_says_so() {
        String link = LessonLink.encode(tenSteps()).replaceFirst("^v1", "v2");
        LessonLink.Reading r = LessonLink.decode(link);
        assertThat(r.lesson().steps()).isEmpty();
        assertThat(r.problem()).contains("This lesson link was made by a newer version of Glassbox (format v2); this "
                + "version reads format v1 links, so the lesson cannot be shown here.");
    }

    @Test
    void anything_else_is_one_sentence_and_never_an_exception() {
        for (String junk : List.of("", "   ", "hello", "v", "v1", "v1.", "v1..", "v1.%%%", "v99999999.x", "v0.abc",
                "v1." + "A".repeat(30_000), "v1.AAAA.AAAA.....")) {
            LessonLink.Reading r = LessonLink.decode(junk);
            assertThat(r.problem()).as(junk.length() > 40 ? junk.substring(0, 40) : junk).isPresent();
            assertThat(r.problem().get()).endsWith(".").doesNotContain("\n");
        }
        assertThat(LessonLink.decode(null).problem()).contains("This link holds no lesson.");
    }

    @Property(tries = 300)
    void every_valid_lesson_survives_its_link(@ForAll("lessons") Lesson lesson) {
        LessonLink.Reading r = LessonLink.decode(LessonLink.encode(lesson));
        assertThat(r.problem()).isEmpty();
        assertThat(r.lesson()).isEqualTo(lesson);
    }

    @Property(tries = 300)
    void a_damaged_link_never_throws_and_keeps_only_true_steps(@ForAll("lessons") Lesson lesson,
            @ForAll int seed) {
        String link = LessonLink.encode(lesson);
        java.util.Random random = new java.util.Random(seed);
        StringBuilder b = new StringBuilder(link);
        int at = 3 + random.nextInt(Math.max(1, b.length() - 3));
        switch (random.nextInt(3)) {
            case 0 -> b.setLength(Math.min(b.length(), at));
            case 1 -> b.setCharAt(Math.min(b.length() - 1, at), (char) ('a' + random.nextInt(26)));
            default -> b.deleteCharAt(Math.min(b.length() - 1, at));
        }
        LessonLink.Reading r = LessonLink.decode(b.toString());
        // Every step read is one of the lesson's own, in the lesson's order.
        List<LessonStep> read = r.lesson().steps();
        int from = 0;
        for (LessonStep s : read) {
            int i = lesson.steps().subList(from, lesson.steps().size()).indexOf(s);
            assertThat(i).as("a step read from a damaged link").isGreaterThanOrEqualTo(0);
            from += i + 1;
        }
        if (read.size() < lesson.steps().size()) {
            assertThat(r.problem()).isPresent();
        }
    }

    @Provide
    Arbitrary<Lesson> lessons() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(200)
                .filter(t -> t.codePoints().allMatch(Character::isDefined))
                .filter(t -> t.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '0').ofMinLength(1)
                .ofMaxLength(12).map(x -> "c" + x);
        Arbitrary<String> view = Arbitraries.of("/tokens", "/attention", "/lstm", "/python/objects")
                .flatMap(p -> Arbitraries.strings().withCharRange('a', 'z').withChars('=', '&', '%', '2', '0')
                        .ofMaxLength(60).map(q -> q.isEmpty() ? p : p + "?" + q));
        Arbitrary<StepQuestion> question = Arbitraries.oneOf(Arbitraries.just(StepQuestion.NONE),
                id.map(StepQuestion.FromView::new),
                Combinators.combine(text.filter(t -> !t.isBlank()),
                        text.filter(t -> !t.isBlank()).list().ofMinSize(2).ofMaxSize(5))
                        .as((p, c) -> new StepQuestion.OwnChoice(p, c, c.size() - 1)));
        Arbitrary<LessonStep> step = Combinators.combine(view, text, text, question, id.list().ofMaxSize(4),
                id.list().ofMaxSize(4)).as(LessonStep::new);
        return Combinators.combine(text, step.list().ofMaxSize(Lesson.MAX_STEPS)).as(Lesson::new);
    }

    private static int nthDot(String s, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf('.', at + 1);
        }
        return at;
    }
}
