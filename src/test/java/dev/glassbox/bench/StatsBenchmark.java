package dev.glassbox.bench;

import dev.glassbox.model.stats.CentralLimitSampler;
import dev.glassbox.model.stats.FeatureScaling;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.WordFeatures;
import dev.glassbox.model.stats.ZScoreTable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The statistics lessons at their input limits: 1,000 numbers parsed and standardised; the largest CLT run; the
 * gradient-descent comparison on a sentence of 500 characters (100 words, the raw run stopping at its step limit).
 */
public class StatsBenchmark extends LessonBenchmark {

    /** 1,000 numbers with decimals, as a learner would paste them. */
    static final String THOUSAND = IntStream.range(0, NumberList.MAX_VALUES)
            .mapToObj(i -> String.valueOf((i * 7919 % 1000) / 10.0)).collect(Collectors.joining(", "));

    @Benchmark
    public ZScoreTable parseAndStandardiseThousand() {
        return ZScoreTable.of(NumberList.parse(THOUSAND), SdKind.SAMPLE);
    }

    /** 100 words of four letters and a space: the longest sentence the lessons accept has about this many. */
    static final String LONGEST_SENTENCE = IntStream.range(0, 100).mapToObj(i -> i % 3 == 0 ? "aeio" : i % 3 == 1 ? "tree"
            : "moss").collect(Collectors.joining(" ")).substring(0, 499) + ".";

    @Benchmark
    public FeatureScaling.Result featureScalingLongestSentence() {
        return FeatureScaling.ofWords(WordFeatures.ofText(LONGEST_SENTENCE));
    }

    @Benchmark
    public CentralLimitSampler.Run largestCentralLimitRun() {
        return CentralLimitSampler.run(CentralLimitSampler.Source.EXPONENTIAL, CentralLimitSampler.MAX_N,
                CentralLimitSampler.MAX_SAMPLES, 1);
    }
}
