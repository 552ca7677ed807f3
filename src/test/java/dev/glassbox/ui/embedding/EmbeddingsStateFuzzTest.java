package dev.glassbox.ui.embedding;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;

/** {@link EmbeddingsState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class EmbeddingsStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, EmbeddingsState.WORD, EmbeddingsState.K, EmbeddingsState.A, EmbeddingsState.B, EmbeddingsState.C, EmbeddingsState.CONTEXT_WORD, EmbeddingsState.CONTEXT_1), q -> EmbeddingsState.parse(q), EmbeddingsState::toQuery);
    }
}
