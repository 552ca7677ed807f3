package dev.glassbox.ui.stats;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link ZScoresState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class ZScoresStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, ZScoresState.VALUES, ZScoresState.GROUPS, ZScoresState.SD, ZScoresState.SCORE_A, ZScoresState.SCORE_B, ZScoresState.TOKEN), q -> ZScoresState.parse(q), ZScoresState::toQuery);
    }
}
