package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code format=csv} on every endpoint: each answer is read back with Apache Commons CSV (its RFC 4180 format, an
 * independent parser), and every cell holds the very number, or text, that the JSON answer to the same request holds.
 */
class CsvApiIT extends ApiTest {

    /** Text a spreadsheet must not split or mangle: a comma, quotes, a line break, a tab and an emoji (two UTF-16 units). */
    private static final String TRICKY = "a,\"b\"\n\t🐋 x";

    /** One answer in both forms: the JSON body and the CSV, header row apart. */
    private record Both(JsonNode json, List<String> header, List<CSVRecord> rows) {

        /** The cell of row {@code r} in column {@code name}. */
        String cell(int r, String name) {
            int j = header.indexOf(name);
            assertThat(j).as("column %s", name).isNotNegative();
            return rows.get(r).get(j);
        }

        /** The cells of row {@code r} from column {@code from} on, {@code n} of them. */
        List<String> cells(int r, String from, int n) {
            int j = header.indexOf(from);
            assertThat(j).as("column %s", from).isNotNegative();
            return rows.get(r).toList().subList(j, j + n);
        }
    }

    /** Fetches {@code pathAndQuery} as JSON and with {@code format=csv}, and parses the CSV strictly. */
    private Both both(String pathAndQuery) throws Exception {
        Answer json = get(pathAndQuery);
        assertThat(json.status()).as(pathAndQuery).isEqualTo(200);
        Answer csv = getText(pathAndQuery + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(csv.raw()).endsWith("\r\n");
        List<CSVRecord> records = parse(csv.raw());
        List<String> header = records.getFirst().toList();
        List<CSVRecord> rows = records.subList(1, records.size());
        for (CSVRecord row : rows) {
            assertThat(row.size()).as("cells in row %d", row.getRecordNumber()).isEqualTo(header.size());
        }
        return new Both(json.body(), header, rows);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    /** Every cell is the JSON number exactly: the same text, so the same double. */
    private static void sameNumbers(List<String> cells, JsonNode numbers) {
        assertThat(cells).hasSize(numbers.size());
        for (int k = 0; k < cells.size(); k++) {
            assertThat(Double.parseDouble(cells.get(k))).as("number %d", k).isEqualTo(numbers.get(k).asDouble());
        }
    }

    private static void sameNumber(String cell, JsonNode number) {
        assertThat(Double.parseDouble(cell)).isEqualTo(number.asDouble());
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(field == null ? n.asString() : n.get(field).asString()));
        return out;
    }

    private static List<String> names(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(j -> prefix + j).toList();
    }

    private static List<String> labelled(String prefix, List<String> labels) {
        return IntStream.range(0, labels.size()).mapToObj(j -> prefix + j + ":" + labels.get(j)).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void tokens_are_one_row_per_token_and_tricky_text_survives() throws Exception {
        for (String tokenizer : List.of("word", "wordpiece", "bpe")) {
            Both b = both("/api/v1/tokens?tokenizer=" + tokenizer + "&text=" + enc(TRICKY));
            assertThat(b.header()).containsExactly("text", "id", "start", "end");
            JsonNode tokens = b.json().get("tokens");
            assertThat(b.rows()).hasSize(tokens.size());
            for (int t = 0; t < tokens.size(); t++) {
                assertThat(b.cell(t, "text")).isEqualTo(tokens.get(t).get("text").asString());
                JsonNode id = tokens.get(t).get("id");
                assertThat(b.cell(t, "id")).isEqualTo(id.isNull() ? "" : id.asString());
                assertThat(b.cell(t, "start")).isEqualTo(tokens.get(t).get("start").asString());
            }
        }
    }

    @Test
    void embedding_is_the_vector_then_the_neighbours() throws Exception {
        Both b = both("/api/v1/embedding?word=king&k=5");
        assertThat(b.header()).containsExactly("part", "index", "word", "value");
        JsonNode vector = b.json().get("vector"), neighbours = b.json().get("neighbours");
        assertThat(b.rows()).hasSize(100 + 5);
        for (int j = 0; j < 100; j++) {
            assertThat(b.rows().get(j).toList()).startsWith("vector", String.valueOf(j), "king");
            sameNumber(b.cell(j, "value"), vector.get(j));
        }
        for (int n = 0; n < 5; n++) {
            assertThat(b.rows().get(100 + n).toList())
                    .startsWith("neighbour", String.valueOf(n + 1), neighbours.get(n).get("word").asString());
            sameNumber(b.cell(100 + n, "value"), neighbours.get(n).get("cosine"));
        }
    }

    @Test
    void encoder_is_one_row_per_token_with_384_numbers_then_the_sentence() throws Exception {
        Both b = both("/api/v1/encoder?text=" + enc(TRICKY));
        assertThat(b.header()).isEqualTo(concat(List.of("row", "position", "token", "id"), names("d", 384)));
        JsonNode tokens = b.json().get("tokens"), hidden = b.json().get("lastHiddenState");
        assertThat(b.rows()).hasSize(tokens.size() + 1);
        for (int t = 0; t < tokens.size(); t++) {
            assertThat(b.cell(t, "row")).isEqualTo("token");
            assertThat(b.cell(t, "token")).isEqualTo(tokens.get(t).get("text").asString());
            assertThat(b.cell(t, "id")).isEqualTo(tokens.get(t).get("id").asString());
            sameNumbers(b.cells(t, "d0", 384), hidden.get(t));
        }
        int last = tokens.size();
        assertThat(b.rows().get(last).toList()).startsWith("sentence", "", "", "");
        sameNumbers(b.cells(last, "d0", 384), b.json().get("sentenceEmbedding"));
    }

    @Test
    void attention_is_one_row_per_query_and_one_column_per_key() throws Exception {
        Both b = both("/api/v1/attention?layer=5&head=11&text=" + enc(TRICKY));
        List<String> tokens = texts(b.json().get("tokens"), "text");
        assertThat(b.header()).isEqualTo(concat(List.of("position", "query", "id"), labelled("key", tokens)));
        assertThat(b.rows()).hasSize(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(b.cell(i, "query")).isEqualTo(tokens.get(i));
            sameNumbers(b.cells(i, "key0:" + tokens.getFirst(), tokens.size()), b.json().get("weights").get(i));
        }
    }

    @Test
    void lstm_is_one_row_per_character_with_gates_states_and_probabilities() throws Exception {
        Both b = both("/api/v1/lstm?text=" + enc(TRICKY));
        JsonNode steps = b.json().get("steps");
        List<String> vocabulary = texts(b.json().get("vocabulary"), null);
        int n = steps.get(0).get("h").size();
        List<String> expected = new ArrayList<>(List.of("position", "token", "unknown"));
        for (String gate : List.of("f", "i", "g", "o", "c", "h")) {
            expected.addAll(names(gate, n));
        }
        expected.addAll(labelled("p", vocabulary));
        // The vocabulary holds a line break and a space, so some header cells are quoted; they read back whole.
        assertThat(b.header()).isEqualTo(expected);
        // One row per character as typed: 10 code points, the emoji being one of them.
        assertThat(b.rows()).hasSize(TRICKY.codePointCount(0, TRICKY.length())).hasSize(steps.size());
        for (int t = 0; t < steps.size(); t++) {
            JsonNode s = steps.get(t);
            assertThat(b.cell(t, "token")).isEqualTo(s.get("token").asString());
            assertThat(b.cell(t, "unknown")).isEqualTo(s.get("unknown").asString());
            for (String gate : List.of("f", "i", "g", "o", "c", "h")) {
                sameNumbers(b.cells(t, gate + "0", n), s.get(gate));
            }
            sameNumbers(b.cells(t, "p0:" + vocabulary.getFirst(), vocabulary.size()), s.get("probabilities"));
        }
        assertThat(texts(steps, "token")).containsExactly("a", ",", "\"", "b", "\"", "\n", "\t", "🐋", " ", "x");
    }

    @Test
    void zscores_are_one_row_per_value() throws Exception {
        Both b = both("/api/v1/zscores?sd=sample&values=" + enc("3, 5, 7, 10.25, -1e-3"));
        assertThat(b.header()).containsExactly("position", "value", "deviation", "z", "percentile", "rank", "mean", "sd",
                "sdKind");
        JsonNode rows = b.json().get("rows");
        assertThat(b.rows()).hasSize(5).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            for (String column : List.of("value", "deviation", "z", "percentile", "rank")) {
                sameNumber(b.cell(i, column), rows.get(i).get(column));
            }
            sameNumber(b.cell(i, "mean"), b.json().get("mean"));
            sameNumber(b.cell(i, "sd"), b.json().get("sd"));
            assertThat(b.cell(i, "sdKind")).isEqualTo("sample");
        }
    }

    @Test
    void normal_is_one_row_with_the_json_names() throws Exception {
        Both b = both("/api/v1/normal?mean=100&sd=15&a=85&b=130");
        List<String> names = List.of("mean", "sd", "a", "b", "probability", "pdfA", "pdfB", "cdfA", "cdfB", "zA", "zB");
        assertThat(b.header()).isEqualTo(names);
        assertThat(b.rows()).hasSize(1);
        for (String name : names) {
            sameNumber(b.cell(0, name), b.json().get(name));
        }
    }

    @Test
    void decoder_is_one_row_per_position_with_its_attention_and_logits() throws Exception {
        Both b = both("/api/v1/decoder?layer=1&head=1&text=" + enc(TRICKY));
        List<String> tokens = texts(b.json().get("tokens"), "text");
        List<String> vocabulary = texts(b.json().get("vocabulary"), null);
        List<String> expected = new ArrayList<>(List.of("position", "token", "id"));
        expected.addAll(labelled("w", tokens));
        expected.addAll(labelled("logit", vocabulary));
        assertThat(b.header()).isEqualTo(expected);
        assertThat(b.rows()).hasSize(tokens.size()).hasSize(TRICKY.codePointCount(0, TRICKY.length()));
        for (int t = 0; t < tokens.size(); t++) {
            assertThat(b.cell(t, "token")).isEqualTo(tokens.get(t));
            sameNumbers(b.cells(t, "w0:" + tokens.getFirst(), tokens.size()), b.json().get("weights").get(t));
            sameNumbers(b.cells(t, "logit0:" + vocabulary.getFirst(), vocabulary.size()), b.json().get("logits").get(t));
        }
    }

    @Test
    void seq2seq_is_one_row_per_output_token_with_its_cross_and_self_attention() throws Exception {
        Both b = both("/api/v1/seq2seq?layer=0&head=3&text=" + enc("the 9th of May, \"2018\""));
        List<String> source = texts(b.json().get("source"), "text");
        List<String> output = texts(b.json().get("output"), "text");
        List<String> expected = new ArrayList<>(List.of("step", "token", "id"));
        expected.addAll(labelled("cross", source));
        expected.addAll(labelled("self", output));
        assertThat(b.header()).isEqualTo(expected);
        assertThat(b.rows()).hasSize(output.size());
        for (int j = 0; j < output.size(); j++) {
            assertThat(b.cell(j, "token")).isEqualTo(output.get(j));
            sameNumbers(b.cells(j, "cross0:" + source.getFirst(), source.size()), b.json().get("crossAttention").get(j));
            sameNumbers(b.cells(j, "self0:" + output.getFirst(), output.size()), b.json().get("selfAttention").get(j));
        }
    }

    @Test
    void generate_is_one_row_per_step_with_its_candidates() throws Exception {
        Both b = both("/api/v1/generate?steps=12&temperature=1.5&topK=5&seed=7&text=" + enc(TRICKY));
        JsonNode steps = b.json().get("steps");
        assertThat(b.rows()).hasSize(12).hasSize(steps.size());
        int most = 0;
        for (JsonNode s : steps) {
            most = Math.max(most, s.get("candidates").size());
        }
        assertThat(most).isBetween(1, 5);
        List<String> expected = new ArrayList<>(List.of("step", "chosen", "id", "probability", "candidates"));
        for (int k = 1; k <= most; k++) {
            expected.addAll(List.of("candidate" + k, "id" + k, "p" + k));
        }
        assertThat(b.header()).isEqualTo(expected);
        StringBuilder written = new StringBuilder();
        for (int n = 0; n < steps.size(); n++) {
            JsonNode s = steps.get(n), candidates = s.get("candidates");
            assertThat(b.cell(n, "step")).isEqualTo(String.valueOf(n + 1));
            assertThat(b.cell(n, "chosen")).isEqualTo(s.get("chosen").get("text").asString());
            assertThat(b.cell(n, "id")).isEqualTo(s.get("chosen").get("id").asString());
            assertThat(b.cell(n, "candidates")).isEqualTo(String.valueOf(candidates.size()));
            for (int k = 1; k <= most; k++) {
                if (k <= candidates.size()) {
                    JsonNode c = candidates.get(k - 1);
                    assertThat(b.cell(n, "candidate" + k)).isEqualTo(c.get("text").asString());
                    assertThat(b.cell(n, "id" + k)).isEqualTo(c.get("id").asString());
                    sameNumber(b.cell(n, "p" + k), c.get("probability"));
                    if (c.get("id").asInt() == s.get("chosen").get("id").asInt()) {
                        sameNumber(b.cell(n, "probability"), c.get("probability"));
                    }
                } else {
                    assertThat(b.cell(n, "candidate" + k)).isEmpty();
                }
            }
            written.append(b.cell(n, "chosen"));
        }
        assertThat(b.json().get("text").asString()).isEqualTo(TRICKY + written);
    }

    @Test
    void an_unknown_format_is_a_400_with_one_sentence_on_every_endpoint() throws Exception {
        for (String path : List.of("/api/v1/tokens?text=Hi", "/api/v1/embedding?word=king", "/api/v1/encoder?text=Hi",
                "/api/v1/attention?text=Hi&layer=0&head=0", "/api/v1/lstm?text=Hi", "/api/v1/zscores?values=1,2",
                "/api/v1/normal?a=0&b=1", "/api/v1/decoder?text=Hi", "/api/v1/generate?text=Hi", "/api/v1/seq2seq?text=Hi")) {
            for (String format : List.of("xml", "CSV", "csv,json")) {
                Answer a = get(path + "&format=" + format);
                assertThat(a.status()).as(path + " " + format).isEqualTo(400);
                assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
                assertThat(a.body().get("error").asString()).isEqualTo("The parameter \"format\" must be json or csv.");
            }
            // Like every parameter, an empty one takes its default.
            assertThat(get(path + "&format=").status()).isEqualTo(200);
        }
    }

    @Test
    void bad_input_asked_for_as_csv_is_still_the_json_400() throws Exception {
        for (String path : List.of("/api/v1/tokens?text=%20", "/api/v1/zscores?values=abc", "/api/v1/normal?a=0&b=1&sd=-1",
                "/api/v1/attention?text=Hi&layer=9&head=0", "/api/v1/generate?text=Hi&steps=0",
                "/api/v1/lstm?text=" + "a".repeat(501))) {
            Answer a = get(path + "&format=csv");
            assertThat(a.status()).as(path).isEqualTo(400);
            assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
            assertThat(a.body().get("error").asString()).isNotBlank().doesNotContain("Exception");
        }
        Answer unknownWord = get("/api/v1/embedding?word=qwxzvk&format=csv");
        assertThat(unknownWord.status()).isEqualTo(404);
        assertThat(unknownWord.body().get("error").asString()).isNotBlank();
    }
}
