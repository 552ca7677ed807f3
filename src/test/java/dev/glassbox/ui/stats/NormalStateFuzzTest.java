package dev.glassbox.ui.stats;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link NormalState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class NormalStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, NormalState.MU, NormalState.SIGMA, NormalState.A, NormalState.B, NormalState.P, NormalState.DATA, NormalState.SOURCE, NormalState.N, NormalState.SAMPLES, NormalState.SEED), q -> NormalState.parse(q), NormalState::toQuery);
    }
}
