package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.glassbox.model.embedding.CosineSimilarity;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.model.embedding.WordVector;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.position.PositionalEncoding;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Summaries;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Predict, then check, in the lessons from tokens to the encoder: each question hides its figure until answered,
 * judges a wrong and a right answer against the model's own value (computed here from the model classes), and a
 * reload of the link restores the answered state.
 */
class TransformerQuestionsIT extends ModelBrowserTest {

    @Autowired
    private GloveVectors glove;

    private Locator result(String id) {
        return page.locator("#question-" + id + "-result");
    }

    /** Picks the choice labelled exactly {@code label} and presses Check. */
    private void choose(String id, String label) {
        page.locator("#question-" + id + " .gb-question-choice",
                new Page.LocatorOptions().setHasText(Pattern.compile("^" + escape(label) + "$"))).click();
        page.locator("#question-" + id + "-check").click();
        idle();
    }

    /** {@code text} as a literal in a regular expression that the browser reads too (it knows no \Q…\E quoting). */
    private static String escape(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** Types {@code value} into a number question and presses Check. */
    private void type(String id, String value) {
        page.locator("#question-" + id + "-number").fill(value);
        page.locator("#question-" + id + "-check").click();
        idle();
    }

    /** The labels of a choice question's options, as shown. */
    private List<String> choices(String id) {
        return page.locator("#question-" + id + " .gb-question-choice").allInnerTexts().stream().map(String::strip).toList();
    }

    private void reload() {
        page.reload();
        idle();
    }

    @Test
    void tokens_the_wordpiece_count_and_the_first_merge() {
        String sentence = "I love tokenizers!";
        open("/tokens?s=" + encode(sentence));
        // The model's values: WordPiece's longest-match search and GPT-2's merge replay, run here.
        int pieces = WordPieceTokenizer.minilm().longestMatch("tokenizers").pieces().size();
        BytePairTokenizer.Merge first = BytePairTokenizer.r50k().replay(sentence).merges().getFirst();
        String pair = first.left() + " + " + first.right();

        assertThat(page.locator("#compare")).isHidden();
        assertThat(page.locator("#merge-state")).isHidden();
        type("wp-count", String.valueOf(pieces + 1));
        assertThat(result("wp-count")).containsText("Not quite: you said " + (pieces + 1) + "; the answer is " + pieces + ".");
        assertThat(page.locator("#compare")).isVisible();
        assertThat(page.locator("#merge-state")).isHidden();
        choose("bpe-first", pair);
        assertThat(result("bpe-first")).containsText("Right: " + pair + ".");
        assertThat(result("bpe-first")).containsText("has rank " + String.format("%,d", first.rank()));
        assertThat(page.locator("#merge-state")).isVisible();
        page.waitForURL(url -> url.contains("bpe-first.p") && url.contains("wp-count." + (pieces + 1) + "."));

        reload();
        assertThat(result("wp-count")).containsText("Not quite: you said " + (pieces + 1));
        assertThat(result("bpe-first")).containsText("Right: " + pair + ".");
        assertThat(page.locator("#compare")).isVisible();
        assertThat(page.locator("#question-wp-count-number")).isDisabled();
        screenshot("questions-tokens");

        // A new sentence asks anew: its longest word is another, so the old answer no longer counts.
        typeSentenceOnly("A short sentence.");
        assertThat(page.locator("#question-wp-count-number")).isEditable();
        assertThat(page.locator("#compare")).isHidden();
        assertNoScriptRan();
    }

    /** Types a sentence without showing the figures (this class answers questions itself). */
    private void typeSentenceOnly(String text) {
        page.locator("#sentence input").fill(text);
        page.locator("#sentence input").press("Enter");
        idle();
    }

    @Test
    void embeddings_the_nearest_word_and_the_most_similar_pair() {
        String sentence = "The cat and the dog sat near a kitten";
        open("/embeddings?s=" + encode(sentence) + "&w=cat");
        // The model's values: the exact nearest-neighbour search and every pair's cosine, here.
        String nearest = NearestNeighbours.of(glove, glove.lookup("cat"), 1).neighbours().getFirst().word();
        List<WordVector> words = SentenceVectors.of(glove, sentence).distinct();
        String best = null;
        double max = -2;
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                double c = CosineSimilarity.cosine(words.get(i).values(), words.get(j).values());
                if (c > max) {
                    max = c;
                    best = words.get(i).word() + " & " + words.get(j).word();
                }
            }
        }

        assertThat(page.locator("#similarity")).isHidden();
        assertThat(page.locator("#word-detail")).isHidden();
        String wrong = best;
        for (String label : choices("emb-pair")) {
            if (!label.equals(best)) {
                wrong = label;
            }
        }
        choose("emb-pair", wrong);
        assertThat(result("emb-pair")).containsText("Not quite: you said " + wrong + "; the answer is " + best + ".");
        assertThat(result("emb-pair")).containsText(Summaries.number(max));
        assertThat(page.locator("#similarity")).isVisible();
        assertThat(page.locator("#word-detail")).isHidden();
        choose("emb-nearest", nearest);
        assertThat(result("emb-nearest")).containsText("Right: " + nearest + ".");
        assertThat(page.locator("#neighbours")).isVisible();
        assertThat(page.locator("#analogy-answer")).isHidden();
        choose("emb-analogy", "queen");
        assertThat(result("emb-analogy")).containsText("Right: queen.");
        assertThat(page.locator("#analogy-answer")).containsText("≈ queen");

        reload();
        assertThat(result("emb-pair")).containsText("Not quite");
        assertThat(result("emb-nearest")).containsText("Right: " + nearest + ".");
        assertThat(page.locator("#similarity")).isVisible();
        assertThat(page.locator("#neighbours")).isVisible();
        screenshot("questions-embeddings");
        assertNoScriptRan();
    }

    @Test
    void positions_the_fastest_pair_and_whether_similarity_only_fades() {
        open("/positions?n=32&d=64");
        // The model's value: the lesson's lag profile of the sinusoidal encoding, computed here.
        boolean onlyFalls = PositionalEncoding.lagProfile(PositionalEncoding.cosines(PositionalEncoding.sinusoidal(32, 64)))
                .firstRise() < 0;
        assertThat(page.locator("#pe-heatmap")).isHidden();
        assertThat(page.locator("#pe-cosines")).isHidden();
        // The highest frequency, 1 / 10000^(0/64) = 1 radian per position, is that of dimensions 0 and 1.
        choose("pe-fastest", "dimensions 0 and 1");
        assertThat(result("pe-fastest")).containsText("Right: dimensions 0 and 1.");
        assertThat(page.locator("#pe-heatmap")).isVisible();
        assertThat(page.locator("#pe-cosines")).isHidden();
        choose("pe-fading", onlyFalls ? "No" : "Yes");
        assertThat(result("pe-fading")).containsText("Not quite: you said " + (onlyFalls ? "No" : "Yes") + "; the answer is "
                + (onlyFalls ? "Yes" : "No") + ".");
        assertThat(page.locator("#pe-cosines")).isVisible();

        reload();
        assertThat(result("pe-fastest")).containsText("Right");
        assertThat(result("pe-fading")).containsText("Not quite");
        assertThat(page.locator("#pe-heatmap")).isVisible();
        assertThat(page.locator("#question-pe-fastest-choice-d0")).isChecked();
        // Other dimensions ask another question (its prompt names them): the old answer no longer counts.
        open("/positions?n=32&d=16&" + page.url().substring(page.url().indexOf("answer=")));
        assertThat(page.locator("#question-pe-fastest-check")).isVisible();
        assertThat(page.locator("#pe-heatmap")).isHidden();
        assertNoScriptRan();
    }

    @Test
    void attention_the_top_token_and_the_share_of_cls() {
        String sentence = "The animal didn't cross the street because it was too tired.";
        open("/attention?s=" + encode(sentence) + "&layer=2&head=5");
        // The model's values: the encoder run here on the same tokens.
        EncoderInput input = EncoderInput.of(sentence);
        EncoderRun run = loader.ready().orElseThrow().run(input.tokens(), input.ids());
        int it = run.tokens().indexOf("it");
        float[] row = run.attention(2, 5)[it];
        int top = 0;
        for (int j = 1; j < row.length; j++) {
            top = row[j] > row[top] ? j : top;
        }
        String topLabel = "“" + run.tokens().get(top) + "” (" + top + ")";

        assertThat(page.locator("#weights-figure")).isHidden();
        assertThat(page.locator("#query-summary")).isHidden();
        String wrong = choices("attn-top").stream().filter(l -> !l.equals(topLabel)).findFirst().orElseThrow();
        choose("attn-top", wrong);
        assertThat(result("attn-top")).containsText("Not quite: you said " + wrong + "; the answer is " + topLabel + ".");
        assertThat(page.locator("#weights-figure")).isVisible();
        assertThat(page.locator("#attention-heatmap")).isVisible();
        type("attn-cls", String.valueOf(row[0]));
        assertThat(result("attn-cls")).containsText("Right: " + Summaries.number(row[0]) + ".");
        assertThat(page.locator("#query-summary")).isVisible();

        reload();
        assertThat(result("attn-top")).containsText("Not quite");
        assertThat(result("attn-cls")).containsText("Right");
        assertThat(page.locator("#attention-heatmap")).isVisible();
        screenshot("questions-attention");
        assertNoScriptRan();
    }

    @Test
    void encoder_the_mean_after_layer_norm_and_the_length_of_the_sentence_embedding() {
        String sentence = "The cat sat on the mat.";
        open("/encoder?s=" + encode(sentence) + "&layer=1&box=norm-1");
        EncoderInput input = EncoderInput.of(sentence);
        EncoderRun run = loader.ready().orElseThrow().run(input.tokens(), input.ids());
        float[] y = run.layers().get(1).norm1().y()[1];
        double mean = 0;
        for (float v : y) {
            mean += v / y.length;
        }
        assertThat(page.locator("#encoder-steps")).isHidden();
        type("enc-norm-mean", String.valueOf(mean + 0.5));
        assertThat(result("enc-norm-mean")).containsText("the answer is " + Summaries.number(mean) + ".");
        assertThat(page.locator("#encoder-steps")).isVisible();
        reload();
        assertThat(result("enc-norm-mean")).containsText("Not quite");
        assertThat(page.locator("#encoder-steps")).isVisible();

        double[] e = ((Value.Vector) run.trace(0, 0).step(EncoderRun.SENTENCE_EMBEDDING).value()).values();
        double length = 0;
        for (double v : e) {
            length += v * v;
        }
        String truth = Summaries.number(Math.sqrt(length), 6);
        page.locator("#box-pooling").click();
        idle();
        assertThat(page.locator("#encoder-steps")).isHidden();
        type("enc-length", "1");
        assertThat(result("enc-length")).containsText("Right: " + truth + ".");
        assertThat(page.locator("#encoder-steps")).isVisible();
        reload();
        assertThat(result("enc-length")).containsText("Right: " + truth + ".");
        screenshot("questions-encoder");
        assertNoScriptRan();
    }
}
