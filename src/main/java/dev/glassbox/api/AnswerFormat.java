package dev.glassbox.api;

import dev.glassbox.model.text.InvalidInputException;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The two forms of every answer: JSON (the default) or, with {@code format=csv}, the same numbers as a CSV table
 * ({@code text/csv; charset=utf-8}). Errors are JSON whatever the format asked for. An endpoint reads the parameter
 * first (so an unknown format is a 400 before any work), computes its JSON record, and hands it to
 * {@link #answer} with the function that lays the record out as a {@link CsvTable}:
 * <pre>{@code
 * AnswerFormat answer = AnswerFormat.of(format);
 * ...
 * return answer.answer("zscores", response, ZScoresController::csv);
 * }</pre>
 */
enum AnswerFormat {
    JSON, CSV;

    /** The media type of a CSV answer (the API contract: {@code text/csv; charset=utf-8}). */
    static final String CSV_TYPE = "text/csv;charset=UTF-8";

    /** The parameter as given ({@code json} unless given); anything else is a 400 with one sentence. */
    static AnswerFormat of(String format) {
        return switch (format == null ? "json" : format) {
            case "json" -> JSON;
            case "csv" -> CSV;
            default -> throw new InvalidInputException("api", "format", java.util.Map.of());
        };
    }

    /**
     * The answer in this format: {@code body} as JSON, or {@code csv.apply(body)} as CSV, offered for saving as
     * {@code name.csv}.
     */
    <T> ResponseEntity<?> answer(String name, T body, Function<T, CsvTable> csv) {
        if (this == JSON) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(ApiErrors.JSON)).body(body);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".csv\"")
                .body(csv.apply(body).text());
    }
}
