package dev.glassbox.tools;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one fuzz target ({@code Class#method}) as JUnit would, without Maven, for a campaign: started with
 * {@code JAZZER_FUZZ=1} it fuzzes up to the target's {@code maxExecutions}; libFuzzer prints the number of runs.
 * Exits with 1 when the target found a failing input (saved under src/test/resources, next to the seeds).
 */
public final class FuzzCampaign {

    private FuzzCampaign() {
    }

    public static void main(String[] args) {
        // Every target takes the fuzzer's data provider.
        String target = args[0].contains("(") ? args[0] : args[0] + "(" + FuzzedDataProvider.class.getName() + ")";
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(target)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        summary.getSummary().printTo(new java.io.PrintWriter(System.out, true));
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.out, true), 30);
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
