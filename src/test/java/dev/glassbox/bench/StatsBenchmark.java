package dev.glassbox.bench;

import dev.glassbox.model.stats.CentralLimitSampler;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The statistics lessons at their input limits: 1,000 numbers parsed and standardised; the largest CLT run. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatsBenchmark {

    /** 1,000 numbers with decimals, as a learner would paste them. */
    static final String THOUSAND = IntStream.range(0, NumberList.MAX_VALUES)
            .mapToObj(i -> String.valueOf((i * 7919 % 1000) / 10.0)).collect(Collectors.joining(", "));

    @Benchmark
    public ZScoreTable parseAndStandardiseThousand() {
        return ZScoreTable.of(NumberList.parse(THOUSAND), SdKind.SAMPLE);
    }

    @Benchmark
    public CentralLimitSampler.Run largestCentralLimitRun() {
        return CentralLimitSampler.run(CentralLimitSampler.Source.EXPONENTIAL, CentralLimitSampler.MAX_N,
                CentralLimitSampler.MAX_SAMPLES, 1);
    }
}
