package dev.glassbox.ui.tokenize;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link TokensState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class TokensStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, TokensState.TOKENIZER, TokensState.MERGE_STEP, TokensState.WORD, TokensState.IDS), q -> TokensState.parse(q), TokensState::toQuery);
    }
}
