package dev.glassbox.api;

import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/zscores?values=3,5,7&sd=population|sample}. */
@RestController
class ZScoresController {

    record ZScoresResponse(int n, double mean, double sd, String sdKind, double populationSd, double sampleSd,
            List<ZScoreTable.Row> rows) {
    }

    @GetMapping(value = "/api/v1/zscores", produces = ApiErrors.JSON)
    ZScoresResponse zscores(@RequestParam String values, @RequestParam(defaultValue = "population") String sd) {
        SdKind kind = SdKind.byKey(sd);
        ZScoreTable table = ZScoreTable.of(NumberList.parse(values), kind);
        return new ZScoresResponse(table.n(), table.mean(), table.sd(), kind.key(), table.populationSd(),
                table.sampleSd(), table.rows());
    }
}
