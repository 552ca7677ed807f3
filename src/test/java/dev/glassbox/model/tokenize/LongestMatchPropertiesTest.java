package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path (which skips candidates longer than the vocabulary's longest piece) and the traced lookup (which
 * looks up every candidate, as the reference does) share one search; here, on arbitrary normalised words, they must
 * always give the same pieces.
 */
class LongestMatchPropertiesTest {

    private final WordPieceTokenizer wordPiece = WordPieceTokenizer.minilm();

    /** Lowercase words, often long, with now and then a digit, an accented letter, a CJK ideograph or an emoji. */
    @Provide
    Arbitrary<String> words() {
        Arbitrary<Integer> letters = Arbitraries.integers().between('a', 'z');
        Arbitrary<Integer> rare = Arbitraries.of((int) '7', (int) 'é', 0x4E2D, 0x1F600, (int) 'ß', 0x0627, 0x00AD);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, letters), net.jqwik.api.Tuple.of(1, rare))
                .list().ofMinSize(1).ofMaxSize(120)
                .map(cps -> {
                    StringBuilder s = new StringBuilder();
                    cps.forEach(s::appendCodePoint);
                    return s.toString();
                });
    }

    @Property(tries = 400)
    void the_fast_path_and_the_traced_lookup_always_agree(@ForAll("words") String word) {
        WordPieceTokenizer.Search search = wordPiece.longestMatch(word);
        assertThat(wordPiece.fastPieces(word)).isEqualTo(search.pieces());
    }

    @Property(tries = 200)
    void the_pieces_spell_the_word_again(@ForAll("words") String word) {
        WordPieceTokenizer.Search search = wordPiece.longestMatch(word);
        if (!search.unknown()) {
            assertThat(String.join("", search.pieces().stream().map(p -> p.replaceFirst("^##", "")).toList()))
                    .isEqualTo(word);
            assertThat(search.attempts().stream().filter(WordPieceTokenizer.Attempt::found).count())
                    .isEqualTo(search.pieces().size());
        }
    }
}
