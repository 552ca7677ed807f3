package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer of the data API, against RFC 4180's rules (section 2, rules 1–7) written out by hand. */
class CsvTableTest {

    @Test
    void cells_with_commas_quotes_line_breaks_or_outer_spaces_are_quoted_and_quotes_doubled() {
        String text = CsvTable.of("text", "n").row("a,b", 1).row("say \"hi\"", 2).row("line\r\nbreak", 3)
                .row(" ", 4).row("🐋", 5).text();
        assertThat(text).isEqualTo("text,n\r\n\"a,b\",1\r\n\"say \"\"hi\"\"\",2\r\n\"line\r\nbreak\",3\r\n\" \",4\r\n🐋,5\r\n");
    }

    @Test
    void a_missing_value_is_an_empty_cell_and_an_empty_text_is_two_quotes() {
        assertThat(CsvTable.of("a", "b").row(null, "").text()).isEqualTo("a,b\r\n,\"\"\r\n");
    }

    @Test
    void numbers_are_written_as_json_writes_them() {
        // Double.toString and Float.toString: the shortest decimal that reads back as the same number.
        assertThat(CsvTable.of("d", "f", "i", "b").row(0.1 + 0.2, 0.1f, 7, true).text())
                .isEqualTo("d,f,i,b\r\n0.30000000000000004,0.1,7,true\r\n");
        assertThatThrownBy(() -> CsvTable.of("x").row(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arrays_and_lists_among_the_cells_stand_for_their_elements() {
        CsvTable t = CsvTable.of("t", CsvTable.numbered("d", 2), CsvTable.labelled("k", List.of("x", "y,z")));
        assertThat(t.columns()).containsExactly("t", "d0", "d1", "k0:x", "k1:y,z");
        t.row(0, new float[] {1.5f, 2f}, new double[] {0.25, -1});
        assertThat(t.text()).isEqualTo("t,d0,d1,k0:x,\"k1:y,z\"\r\n0,1.5,2.0,0.25,-1.0\r\n");
        assertThat(t.rows()).isEqualTo(1);
        assertThatThrownBy(() -> t.row(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_json_and_csv_are_formats() {
        assertThat(AnswerFormat.of("json")).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.of("csv")).isEqualTo(AnswerFormat.CSV);
        assertThatThrownBy(() -> AnswerFormat.of("xml")).hasMessage("The parameter \"format\" must be json or csv.");
    }
}
