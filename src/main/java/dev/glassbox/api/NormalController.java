package dev.glassbox.api;

import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.stats.NumberList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/normal?mean=0&sd=1&a=-1&b=1}: P(a ≤ X ≤ b) for X ~ N(mean, sd²), and the density at a and b. */
@RestController
class NormalController {

    record NormalResponse(double mean, double sd, double a, double b, double probability, double pdfA, double pdfB,
            double cdfA, double cdfB, double zA, double zB) {
    }

    @GetMapping("/api/v1/normal")
    ResponseEntity<?> normal(@RequestParam(defaultValue = "0") String mean, @RequestParam(defaultValue = "1") String sd,
            @RequestParam String a, @RequestParam String b, @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        NormalCurve curve = new NormalCurve(NumberList.parseOne(mean, "the mean"), NumberList.parseOne(sd, "the standard deviation"));
        double lo = NumberList.parseOne(a, "the lower end a");
        double hi = NumberList.parseOne(b, "the upper end b");
        double p = curve.probability(lo, hi);
        return answer.answer("normal", new NormalResponse(curve.mu(), curve.sigma(), lo, hi, p, curve.pdf(lo),
                curve.pdf(hi), curve.cdf(lo), curve.cdf(hi), curve.z(lo), curve.z(hi)), NormalController::csv);
    }

    /** One row, one column per number of the JSON answer, under the same names. */
    static CsvTable csv(NormalResponse r) {
        return CsvTable.of("mean", "sd", "a", "b", "probability", "pdfA", "pdfB", "cdfA", "cdfB", "zA", "zB")
                .row(r.mean(), r.sd(), r.a(), r.b(), r.probability(), r.pdfA(), r.pdfB(), r.cdfA(), r.cdfB(), r.zA(), r.zB());
    }
}
