package dev.glassbox.api;

import dev.glassbox.compute.Compute;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/zscores?values=3,5,7&sd=population|sample}. */
@RestController
class ZScoresController {

    private final Compute compute;

    ZScoresController(Compute compute) {
        this.compute = compute;
    }

    record ZScoresResponse(int n, double mean, double sd, String sdKind, double populationSd, double sampleSd,
            List<ZScoreTable.Row> rows) {
    }

    @GetMapping("/api/v1/zscores")
    ResponseEntity<?> zscores(@RequestParam String values, @RequestParam(defaultValue = "population") String sd,
            @RequestParam(defaultValue = "json") String format) {
        AnswerFormat answer = AnswerFormat.of(format);
        SdKind kind = SdKind.byKey(sd);
        ZScoreTable table = compute.run(() -> ZScoreTable.of(NumberList.parse(values), kind));
        return answer.answer("zscores", new ZScoresResponse(table.n(), table.mean(), table.sd(), kind.key(),
                table.populationSd(), table.sampleSd(), table.rows()), ZScoresController::csv);
    }

    /**
     * One row per value, in the order given: the value, its deviation from the mean, z, the normal percentile of z
     * and its rank in the list; then the mean and standard deviation every z was computed with, and which sd.
     */
    static CsvTable csv(ZScoresResponse r) {
        CsvTable csv = CsvTable.of("position", "value", "deviation", "z", "percentile", "rank", "mean", "sd", "sdKind");
        for (int i = 0; i < r.rows().size(); i++) {
            ZScoreTable.Row row = r.rows().get(i);
            csv.row(i, row.value(), row.deviation(), row.z(), row.percentile(), row.rank(), r.mean(), r.sd(), r.sdKind());
        }
        return csv;
    }
}
