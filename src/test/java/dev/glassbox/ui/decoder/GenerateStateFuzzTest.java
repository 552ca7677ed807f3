package dev.glassbox.ui.decoder;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link GenerateState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class GenerateStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, GenerateState.TEMPERATURE, GenerateState.TOP_K, GenerateState.TOP_P, GenerateState.SEED, GenerateState.STEPS, GenerateState.PLAY, GenerateState.AT), q -> GenerateState.parse(q, 75), GenerateState::toQuery);
    }
}
