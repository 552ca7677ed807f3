package dev.glassbox.ui.lstm;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link LstmState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class LstmStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, LstmState.STEP, LstmState.GATE, LstmState.UNIT, LstmState.FORGET, LstmState.INPUT), q -> LstmState.parse(q, 384, 7), LstmState::toQuery);
    }
}
