package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.trace.Step;
import dev.glassbox.model.trace.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class BytePairTokenizerTest {

    private final BytePairTokenizer tokenizer = BytePairTokenizer.r50k();

    private List<String> texts(String s) {
        return tokenizer.encode(s).stream().map(Token::text).toList();
    }

    @Test
    void a_space_is_written_as_g_with_a_dot_and_belongs_to_the_next_word() {
        // jtokkit r50k_base: "Hello world" → [15496, 995] = "Hello", "Ġworld".
        List<Token> tokens = tokenizer.encode("Hello world");
        assertThat(tokens).containsExactly(new Token("Hello", 15496, 0, 5), new Token("Ġworld", 995, 5, 11));
    }

    @Test
    void the_and_space_the_are_different_tokens() {
        assertThat(tokenizer.encode("the the")).extracting(Token::id).containsExactly(1169, 262);
    }

    @Test
    void an_emoji_is_several_byte_tokens_and_offsets_never_overlap() {
        // 😀 is 4 UTF-8 bytes F0 9F 98 80; r50k has no single token for them.
        List<Token> tokens = tokenizer.encode("😀");
        assertThat(tokens.size()).isGreaterThan(1);
        assertThat(tokens.getFirst().start()).isZero();
        assertThat(tokens.getLast().end()).isEqualTo(2);
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).start()).isEqualTo(tokens.get(i - 1).end());
        }
        assertThat(tokenizer.decode(tokens.stream().map(Token::id).toList())).isEqualTo("😀");
    }

    @Test
    void the_replay_starts_from_bytes_and_ends_in_the_tokens() {
        String text = "unbelievably lower";
        BytePairTokenizer.Replay replay = tokenizer.replay(text);
        assertThat(replay.pieces()).containsExactly("unbelievably", "Ġlower");
        assertThat(replay.partsAfter(0)).containsExactly(
                List.of("u", "n", "b", "e", "l", "i", "e", "v", "a", "b", "l", "y"), List.of("Ġ", "l", "o", "w", "e", "r"));
        List<String> end = replay.partsAfter(replay.merges().size()).stream().flatMap(List::stream).toList();
        assertThat(end).isEqualTo(texts(text));
        // each merge joins two neighbours and removes one part: bytes − merges = tokens
        assertThat(18 - replay.merges().size()).isEqualTo(texts(text).size());
        // the first merge is the lowest rank in the sentence: "er" is rank 263 in r50k_base.tiktoken (line "ZXI= 263"
        // of jtokkit's resource), lower than " l" (line "IGw= 300")
        assertThat(replay.merges().getFirst().merged()).isEqualTo("er");
        assertThat(replay.merges().getFirst().rank()).isEqualTo(263);
        assertThat(replay.merges()).extracting(BytePairTokenizer.Merge::rank).isSorted();
    }

    @Test
    void the_trace_shows_pieces_bytes_merges_and_ids() {
        Tokenization t = tokenizer.tokenize("Hi there!");
        assertThat(t.trace().steps()).extracting(Step::id).containsExactly(BytePairTokenizer.PRE_TOKENISE,
                BytePairTokenizer.BYTES, BytePairTokenizer.STAND_INS, BytePairTokenizer.MERGES, BytePairTokenizer.IDS);
        Value.TokenList bytes = (Value.TokenList) t.trace().step(BytePairTokenizer.BYTES).value();
        assertThat(bytes.texts()).containsExactly("H", "i", "Ġ", "t", "h", "e", "r", "e", "!");
        Value.TokenList ids = (Value.TokenList) t.trace().step(BytePairTokenizer.IDS).value();
        assertThat(ids.texts()).containsExactly("Hi", "Ġthere", "!");
        assertThat(t.trace().step(BytePairTokenizer.MERGES).value().shape()).containsExactly(9 - 3, 6);
    }

    @Test
    void an_accented_letter_is_two_bytes_written_as_two_stand_ins() {
        // Python: "í".encode() == b"\xc3\xad". GPT-2's bytes_to_unicode (encoder.py): 0xC3 is printable Latin-1, so
        // it stands for itself, "Ã"; 0xAD (soft hyphen) is not, and it is the 68th such byte after 0–32 (33 bytes)
        // and 127–160 (34 bytes), so it is written chr(256 + 67) = U+0143 "Ń". A space is byte 32 → chr(256 + 32) "Ġ".
        List<BytePairTokenizer.StandIn> standIns = tokenizer.standIns("Sí sí");
        assertThat(standIns).hasSize(2);
        assertThat(standIns.get(0).character()).isEqualTo("í");
        assertThat(standIns.get(0).codePoint()).isEqualTo("U+00ED");
        assertThat(standIns.get(0).hex()).isEqualTo("C3 AD");
        assertThat(standIns.get(0).standIns()).isEqualTo("ÃŃ");
        assertThat(standIns.get(1).character()).isEqualTo("⟨SPACE⟩");
        assertThat(standIns.get(1).standIns()).isEqualTo("Ġ");
        // and the tokens show exactly those stand-ins
        assertThat(String.join("", texts("Sí sí"))).isEqualTo("SÃŃĠsÃŃ");
    }

    @Test
    void an_invisible_joiner_is_named_in_the_stand_in_table() {
        // U+200D is E2 80 8D in UTF-8 (Unicode Standard, Table 3-6). By bytes_to_unicode: 0xE2 is printable Latin-1,
        // "â"; bytes 127–160 are written 289–322 in order, so 0x80 = 128 → 290 = U+0122 "Ģ" and 0x8D = 141 → 303 =
        // U+012F "į".
        BytePairTokenizer.StandIn joiner = tokenizer.standIns("a\u200Db").getFirst();
        assertThat(joiner.character()).isEqualTo("⟨ZERO WIDTH JOINER⟩");
        assertThat(joiner.hex()).isEqualTo("E2 80 8D");
        assertThat(joiner.standIns()).isEqualTo("âĢį");
    }
}
