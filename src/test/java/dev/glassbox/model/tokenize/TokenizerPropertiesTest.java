package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the subword tokenizers on arbitrary Unicode text: they never fail, and their offsets add up. */
class TokenizerPropertiesTest {

    private final WordPieceTokenizer wordPiece = WordPieceTokenizer.minilm();
    private final BytePairTokenizer bpe = BytePairTokenizer.r50k();

    /** Any code point of any plane (surrogate code points excluded, so the text is well-formed), often spaces. */
    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<Integer> anyCodePoint = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF);
        Arbitrary<Integer> common = Arbitraries.of((int) ' ', (int) '\t', (int) '\n', (int) 'a', (int) 'é', 0x0301, 0x200D,
                0x1F600, 0x4E2D, (int) '\'', (int) '#', (int) '[', 0x0627);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, anyCodePoint), net.jqwik.api.Tuple.of(1, common))
                .list().ofMaxSize(80)
                .map(cps -> {
                    StringBuilder s = new StringBuilder();
                    cps.forEach(s::appendCodePoint);
                    return s.toString();
                });
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Characters WordPiece drops before it reads: white space, control, format, private-use, surrogate, U+FFFD, and
     * accents (whose decomposition is only non-spacing marks).
     */
    private static boolean dropped(int cp) {
        return cp == 0 || cp == 0xFFFD || WordPieceTokenizer.isWhitespace(cp) || WordPieceTokenizer.isControl(cp)
                || Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD).codePoints()
                        .allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
    }

    @Property(tries = 400)
    void bpe_tokens_cover_the_text_in_order_and_decode_back(@ForAll("unicode") String s) {
        checkBpe(s);
    }

    @Property(tries = 400)
    void bpe_never_fails_on_any_java_string(@ForAll String s) {
        checkBpe(s);
    }

    private void checkBpe(String s) {
        List<Token> tokens = bpe.encode(s);
        int at = 0;
        for (Token t : tokens) {
            assertThat(t.start()).isEqualTo(at);
            assertThat(t.id()).isNotNull();
            at = t.end();
        }
        assertThat(at).isEqualTo(s.length());
        if (wellFormed(s)) {
            assertThat(bpe.decode(tokens.stream().map(Token::id).toList())).isEqualTo(s);
        }
        assertThat(bpe.tokenize(s).tokens()).isEqualTo(tokens);
        BytePairTokenizer.Replay replay = bpe.replay(s);
        assertThat(replay.partsAfter(replay.merges().size()).stream().flatMap(List::stream).toList())
                .isEqualTo(tokens.stream().map(Token::text).toList());
    }

    @Property(tries = 400)
    void wordpiece_tokens_are_in_order_and_skip_only_dropped_characters(@ForAll("unicode") String s) {
        checkWordPiece(s);
    }

    @Property(tries = 400)
    void wordpiece_never_fails_on_any_java_string(@ForAll String s) {
        checkWordPiece(s);
    }

    private void checkWordPiece(String s) {
        List<Token> tokens = wordPiece.encode(s);
        assertThat(tokens.getFirst().text()).isEqualTo(WordPieceTokenizer.CLS);
        assertThat(tokens.getLast().text()).isEqualTo(WordPieceTokenizer.SEP);
        int at = 0;
        int previousStart = 0;
        for (Token t : tokens.subList(1, tokens.size() - 1)) {
            // Pieces of one decomposed character (a Hangul syllable → its letters) share that character's offsets.
            assertThat(t.start()).isGreaterThanOrEqualTo(previousStart);
            assertThat(t.start() >= at || t.end() <= at).as("tokens overlap only within one character").isTrue();
            previousStart = t.start();
            assertThat(t.end()).isGreaterThan(t.start());
            if (t.start() > at && !(t.start() < s.length() && Character.isLowSurrogate(s.charAt(t.start())))) {
                s.substring(at, t.start()).codePoints().forEach(cp -> assertThat(dropped(cp)).as("U+%04X skipped", cp).isTrue());
            }
            at = Math.max(at, t.end());
            assertThat(t.id()).isNotNull();
        }
        assertThat(at).isLessThanOrEqualTo(s.length());
        s.substring(at).codePoints().forEach(cp -> assertThat(dropped(cp)).as("U+%04X skipped at the end", cp).isTrue());
        assertThat(wordPiece.tokenize(s).tokens()).isEqualTo(tokens);
    }
}
