package dev.glassbox.ui.decoder;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link DecoderState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class DecoderStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, DecoderState.LAYER, DecoderState.HEAD, DecoderState.BOX), q -> DecoderState.parse(q, 4, 4), DecoderState::toQuery);
    }
}
