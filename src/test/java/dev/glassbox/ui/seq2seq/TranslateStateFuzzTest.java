package dev.glassbox.ui.seq2seq;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link TranslateState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class TranslateStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, TranslateState.DATE, TranslateState.STEP, TranslateState.LAYER, TranslateState.HEAD, TranslateState.BOX), q -> TranslateState.parse(q, 2, 4), TranslateState::toQuery);
    }
}
