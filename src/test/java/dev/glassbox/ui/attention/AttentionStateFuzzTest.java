package dev.glassbox.ui.attention;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link AttentionState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class AttentionStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, AttentionState.LAYER, AttentionState.HEAD, AttentionState.QUERY, AttentionState.VIEW, AttentionState.TINY), q -> AttentionState.parse(q), AttentionState::toQuery);
    }
}
