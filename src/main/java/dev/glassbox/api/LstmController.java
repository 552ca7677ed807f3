package dev.glassbox.api;

import dev.glassbox.compute.Compute;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.WhatIf;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/lstm?text=…}: the character LSTM's gates and states after every character, from zero state,
 * and the next-character probabilities after every step over the network's vocabulary (index 0 is the unknown
 * character, written U+FFFD).
 */
@RestController
class LstmController {

    private final CharLstm lstm;
    private final Compute compute;

    LstmController(CharLstm lstm, Compute compute) {
        this.lstm = lstm;
        this.compute = compute;
    }

    /**
     * One time step; {@code unknown} (an extra field) tells whether the character was read as unknown;
     * {@code probabilities} is p(x_{t+1} | x_1 … x_t) over {@code vocabulary}.
     */
    record StepJson(String token, boolean unknown, double[] f, double[] i, double[] g, double[] o, double[] c,
                    double[] h, double[] probabilities) {
    }

    record LstmResponse(String model, String unit, List<String> vocabulary, List<StepJson> steps) {
    }

    @GetMapping("/api/v1/lstm")
    ResponseEntity<?> lstm(@RequestParam String text, @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        LstmReading reading = compute.run(() -> lstm.read(text, WhatIf.NONE));
        List<StepJson> steps = new ArrayList<>(reading.size());
        for (int t = 0; t < reading.size(); t++) {
            LstmStep s = reading.step(t);
            steps.add(new StepJson(reading.token(t), reading.isUnknown(t), s.f(), s.i(), s.g(), s.o(), s.c(), s.h(),
                    reading.probabilities(t)));
        }
        CharVocabulary vocabulary = lstm.vocabulary();
        List<String> symbols = IntStream.range(0, vocabulary.size()).mapToObj(vocabulary::symbol).toList();
        return answer.answer("lstm", new LstmResponse(lstm.name(), "char", symbols, steps), LstmController::csv);
    }

    /**
     * One row per character read: its position, text and whether it was read as unknown; then the gates and states
     * after that step, one column per unit ({@code f0…}, {@code i0…}, {@code g0…}, {@code o0…}, {@code c0…},
     * {@code h0…}); then the next-character probabilities, one column per vocabulary entry ({@code p0:…}, named by
     * index and character).
     */
    static CsvTable csv(LstmResponse r) {
        int n = r.steps().isEmpty() ? 0 : r.steps().getFirst().h().length;
        List<Object> columns = new ArrayList<>(List.of("position", "token", "unknown"));
        for (String gate : List.of("f", "i", "g", "o", "c", "h")) {
            columns.add(CsvTable.numbered(gate, n));
        }
        columns.add(CsvTable.labelled("p", r.vocabulary()));
        CsvTable table = CsvTable.of(columns.toArray());
        for (int t = 0; t < r.steps().size(); t++) {
            StepJson s = r.steps().get(t);
            table.row(t, s.token(), s.unknown(), s.f(), s.i(), s.g(), s.o(), s.c(), s.h(), s.probabilities());
        }
        return table;
    }
}
