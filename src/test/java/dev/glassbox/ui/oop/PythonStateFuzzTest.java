package dev.glassbox.ui.oop;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.ui.base.LinkCodecContract;
import dev.glassbox.model.oop.PythonLessons;

/** {@link PythonState}'s link codec on links a fuzzer writes (the contract: {@link LinkCodecContract}). */
class PythonStateFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_state_that_reads_back_the_same(FuzzedDataProvider data) {
        LinkCodecContract.check(LinkCodecContract.query(data, PythonState.TASK, PythonState.CODE), q -> PythonState.parse(q, PythonLessons.OBJECTS, java.util.Set.of("lookup")), PythonState::toQuery);
    }
}
