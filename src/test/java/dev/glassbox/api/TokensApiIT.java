package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/tokens} with the subword tokenizers, checked against the API contract and the reference tokenizers. */
class TokensApiIT extends ApiTest {

    private static List<Object> column(JsonNode tokens, String field) {
        List<Object> values = new ArrayList<>();
        tokens.forEach(t -> values.add(t.get(field).isInt() ? (Object) t.get(field).asInt() : t.get(field).asString()));
        return values;
    }

    @Test
    void wordpiece_answers_with_cls_and_sep_and_the_minilm_ids() throws Exception {
        Answer a = get("/api/v1/tokens?tokenizer=wordpiece&text=" + enc("Hello, world!"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(a.body().get("tokenizer").asString()).isEqualTo("wordpiece");
        // Hugging Face tokenizers on all-MiniLM-L6-v2's tokenizer.json: 101 7592 1010 2088 999 102
        assertThat(column(a.body().get("tokens"), "text")).containsExactly("[CLS]", "hello", ",", "world", "!", "[SEP]");
        assertThat(column(a.body().get("tokens"), "id")).containsExactly(101, 7592, 1010, 2088, 999, 102);
        assertThat(a.body().get("tokens").get(3).get("start").asInt()).isEqualTo(7);
        assertThat(a.body().get("tokens").get(3).get("end").asInt()).isEqualTo(12);
    }

    @Test
    void wordpiece_shows_continuations_with_hash_hash() throws Exception {
        Answer a = get("/api/v1/tokens?tokenizer=wordpiece&text=unbelievably");
        assertThat(column(a.body().get("tokens"), "text")).containsExactly("[CLS]", "un", "##bel", "##ie", "##va", "##bly", "[SEP]");
    }

    @Test
    void bpe_answers_with_the_gpt2_ids_and_g_dot_for_spaces() throws Exception {
        Answer a = get("/api/v1/tokens?tokenizer=bpe&text=" + enc("Hello world"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("tokenizer").asString()).isEqualTo("bpe");
        // jtokkit r50k_base: "Hello world" → 15496, 995
        assertThat(column(a.body().get("tokens"), "text")).containsExactly("Hello", "Ġworld");
        assertThat(column(a.body().get("tokens"), "id")).containsExactly(15496, 995);
    }

    @Test
    void an_emoji_costs_several_bpe_tokens_and_is_never_unknown() throws Exception {
        Answer a = get("/api/v1/tokens?tokenizer=bpe&text=" + enc("👨‍👩‍👧"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("tokens").size()).isGreaterThan(3);
        a.body().get("tokens").forEach(t -> assertThat(t.get("id").isInt()).isTrue());
    }

    @Test
    void bad_input_to_the_subword_tokenizers_is_a_400_with_one_sentence() throws Exception {
        for (String tokenizer : List.of("wordpiece", "bpe")) {
            Answer tooLong = get("/api/v1/tokens?tokenizer=" + tokenizer + "&text=" + enc("😀".repeat(501)));
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body().get("error").asString()).contains("at most 500");
            Answer empty = get("/api/v1/tokens?tokenizer=" + tokenizer + "&text=");
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.body().get("error").asString()).contains("empty");
            Answer control = get("/api/v1/tokens?tokenizer=" + tokenizer + "&text=" + enc("bell\u0007 null\u0000 end"));
            assertThat(control.status()).isEqualTo(200);
        }
    }

    @Test
    void csv_has_a_header_and_one_row_per_token_with_quoted_commas() throws Exception {
        Answer a = getText("/api/v1/tokens?tokenizer=wordpiece&format=csv&text=" + enc("Hello, world!"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        // The same ids as the JSON answer (Hugging Face tokenizers: 101 7592 1010 2088 999 102); offsets by hand:
        // "Hello" 0–5, "," 5–6, "world" 7–12, "!" 12–13; [CLS] at 0–0, [SEP] at 13–13. RFC 4180 quotes the comma.
        assertThat(a.raw()).isEqualTo("text,id,start,end\r\n[CLS],101,0,0\r\nhello,7592,0,5\r\n\",\",1010,5,6\r\n"
                + "world,2088,7,12\r\n!,999,12,13\r\n[SEP],102,13,13\r\n");
        Answer words = getText("/api/v1/tokens?format=csv&text=" + enc("Say \"hi\""));
        assertThat(words.raw()).isEqualTo("text,id,start,end\r\nSay,,0,3\r\n\"\"\"\",,4,5\r\nhi,,5,7\r\n\"\"\"\",,7,8\r\n");
        Answer bad = get("/api/v1/tokens?format=xml&text=Hi");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").asString()).isEqualTo("The parameter \"format\" must be json or csv.");
    }
}
