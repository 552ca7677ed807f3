package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/zscores} and {@code /api/v1/normal} over real HTTP, against the API contract's examples. Expected numbers are
 * Python 3's {@code statistics} module on this machine, e.g.
 * {@code python3 -c "from statistics import pstdev, NormalDist as N; s=pstdev([3,5,7]); print(s, -2/s, N().cdf(-2/s))"}.
 */
class StatsApiIT extends ApiTest {

    /** The API never rounds, so full-precision agreement with Python is expected. */
    private static final double TOLERANCE = 1e-12;

    @Test
    void zscores_of_3_5_7_are_api_mds_example_at_full_precision() throws Exception {
        Answer a = get("/api/v1/zscores?values=3,5,7");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        JsonNode b = a.body();
        assertThat(b.get("n").asInt()).isEqualTo(3);
        assertThat(b.get("mean").asDouble()).isEqualTo(5.0);
        assertThat(b.get("sd").asDouble()).isCloseTo(1.632993161855452, within(TOLERANCE));
        assertThat(b.get("sdKind").asString()).isEqualTo("population");
        JsonNode first = b.get("rows").get(0);
        assertThat(first.get("value").asDouble()).isEqualTo(3.0);
        assertThat(first.get("z").asDouble()).isCloseTo(-1.224744871391589, within(TOLERANCE));
        assertThat(first.get("percentile").asDouble()).isCloseTo(0.11033568095992341, within(TOLERANCE));
        // python3: scipy.stats.percentileofscore([3, 5, 7], 3, kind="mean") / 100 → 0.16666666666666666
        assertThat(first.get("rank").asDouble()).isCloseTo(0.16666666666666666, within(TOLERANCE));
        assertThat(b.get("rows")).hasSize(3);
    }

    @Test
    void the_sample_sd_divides_by_n_minus_one() throws Exception {
        // python3: statistics.stdev([3,5,7]) → 2.0, so z of 7 is exactly 1.
        JsonNode b = get("/api/v1/zscores?sd=sample&values=" + enc("3 5\n7")).body();
        assertThat(b.get("sdKind").asString()).isEqualTo("sample");
        assertThat(b.get("sd").asDouble()).isCloseTo(2.0, within(TOLERANCE));
        assertThat(b.get("rows").get(2).get("z").asDouble()).isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void normal_minus_one_to_one_is_api_mds_example() throws Exception {
        // python3: N().cdf(1) - N().cdf(-1) → 0.6826894921370859; N().pdf(-1) → 0.24197072451914337
        Answer a = get("/api/v1/normal?mean=0&sd=1&a=-1&b=1");
        assertThat(a.status()).isEqualTo(200);
        JsonNode b = a.body();
        assertThat(b.get("mean").asDouble()).isEqualTo(0.0);
        assertThat(b.get("sd").asDouble()).isEqualTo(1.0);
        assertThat(b.get("a").asDouble()).isEqualTo(-1.0);
        assertThat(b.get("b").asDouble()).isEqualTo(1.0);
        assertThat(b.get("probability").asDouble()).isCloseTo(0.6826894921370859, within(TOLERANCE));
        assertThat(b.get("pdfA").asDouble()).isCloseTo(0.24197072451914337, within(TOLERANCE));
        assertThat(b.get("pdfB").asDouble()).isCloseTo(0.24197072451914337, within(TOLERANCE));
        // python3: NormalDist(100, 15).cdf(130) - NormalDist(100, 15).cdf(85) → 0.8185946141203637
        assertThat(get("/api/v1/normal?mean=100&sd=15&a=85&b=130").body().get("probability").asDouble())
                .isCloseTo(0.8185946141203637, within(TOLERANCE));
    }

    @Test
    void bad_input_is_a_400_with_one_sentence() throws Exception {
        String[][] cases = {
            {"/api/v1/zscores?values=1,two,3", "“two” is not a number"},
            {"/api/v1/zscores?values=42", "One value is not enough"},
            {"/api/v1/zscores?values=4,4,4", "standard deviation is 0"},
            {"/api/v1/zscores?values=1,NaN", "not a finite number"},
            {"/api/v1/zscores?values=1,1e309", "too large"},
            {"/api/v1/zscores?values=" + "1,".repeat(1001), "at most 1000"},
            {"/api/v1/zscores?values=1,2&sd=both", "“population” or “sample”"},
            {"/api/v1/zscores", "The parameter \"values\" is missing."},
            {"/api/v1/normal?mean=0&sd=0&a=-1&b=1", "greater than 0"},
            {"/api/v1/normal?mean=0&sd=-2&a=-1&b=1", "greater than 0"},
            {"/api/v1/normal?mean=0&sd=1&a=2&b=1", "a must not be greater than b"},
            {"/api/v1/normal?mean=NaN&sd=1&a=-1&b=1", "The mean must be a number"},
            {"/api/v1/normal?mean=0&sd=1&a=1e309&b=1e310", "too large"},
            {"/api/v1/normal?mean=0&sd=1&a=-1", "The parameter \"b\" is missing."},
            {"/api/v1/normal?mean=1e100&sd=1&a=-1&b=1", "The mean μ must be between −100,000 and 100,000"},
            {"/api/v1/normal?mean=100000&sd=0.5&a=-1&b=1", "at least |μ| / 100,000 = 1"},
            {"/api/v1/normal?mean=0&sd=1e-100&a=-1&b=1", "between 0.000001 and 100,000"},
        };
        for (String[] c : cases) {
            Answer a = get(c[0]);
            assertThat(a.status()).as(c[0]).isEqualTo(400);
            assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
            assertThat(a.body().get("error").asString()).as(c[0]).contains(c[1]);
            assertThat(a.raw()).doesNotContain("Exception").doesNotContain("at dev.");
        }
    }

    @Test
    void extreme_but_allowed_numbers_never_give_nan_or_infinity() throws Exception {
        Answer a = get("/api/v1/zscores?values=-1e100,1e100,0");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.raw()).doesNotContain("NaN").doesNotContain("Infinity");
        Answer n = get("/api/v1/normal?mean=-100000&sd=1&a=-1e100&b=1e100");
        assertThat(n.status()).isEqualTo(200);
        assertThat(n.raw()).doesNotContain("NaN").doesNotContain("Infinity");
    }
}
