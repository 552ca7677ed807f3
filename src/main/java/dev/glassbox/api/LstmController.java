package dev.glassbox.api;

import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.WhatIf;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/lstm?text=…}: the character LSTM's gates and states after every character, from zero state. */
@RestController
class LstmController {

    /** One time step; {@code unknown} (an extra field) tells whether the character was read as unknown. */
    record StepJson(String token, boolean unknown, double[] f, double[] i, double[] g, double[] o, double[] c,
                    double[] h) {
    }

    record LstmResponse(String model, String unit, List<StepJson> steps) {
    }

    @GetMapping(value = "/api/v1/lstm", produces = ApiErrors.JSON)
    LstmResponse lstm(@RequestParam String text) {
        CharLstm lstm = CharLstm.trained();
        LstmReading reading = lstm.read(text, WhatIf.NONE);
        List<StepJson> steps = new ArrayList<>(reading.size());
        for (int t = 0; t < reading.size(); t++) {
            LstmStep s = reading.step(t);
            steps.add(new StepJson(reading.token(t), reading.isUnknown(t), s.f(), s.i(), s.g(), s.o(), s.c(), s.h()));
        }
        return new LstmResponse(lstm.name(), "char", steps);
    }
}
