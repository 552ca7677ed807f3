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
 * always give the same pieces. (Checked to fail when the fast path's bound is cut six characters short.)
 */
class LongestMatchPropertiesTest {

    private final WordPieceTokenizer wordPiece = WordPieceTokenizer.minilm();

    /**
     * Words glued from real vocabulary pieces (the long ones often, since they are where a search bound could cut
     * too short), with now and then a random letter, digit, accented letter, CJK ideograph or emoji between them.
     */
    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> anyPiece = Arbitraries.integers().between(1996, wordPiece.vocabularySize() - 1)
                .map(id -> wordPiece.piece(id).replaceFirst("^##", ""));
        Arbitrary<String> longPiece = anyPiece.filter(p -> p.length() >= 9);
        Arbitrary<String> odd = Arbitraries.of("a", "q", "z", "7", "é", "中", "😀", "ß", "ا", "\u00AD");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, longPiece), net.jqwik.api.Tuple.of(4, anyPiece),
                        net.jqwik.api.Tuple.of(1, odd))
                .list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> String.join("", parts));
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
