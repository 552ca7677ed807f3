package dev.glassbox.bench;

import dev.glassbox.model.embedding.Analogy;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.OneHot;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.model.embedding.WordMap;
import dev.glassbox.model.embedding.WordVector;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/** Exact nearest neighbours over all 50,000 GloVe vectors, an analogy, the one-hot product, the sentence map, and reading the file; warm. */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EmbeddingBenchmark extends LessonBenchmark {

    private GloveVectors glove;
    private WordVector king;
    private List<WordVector> sentence;

    @Setup
    public void setUp() {
        glove = GloveVectors.load();
        king = glove.lookup("king");
        sentence = SentenceVectors.of(glove, "The animal didn't cross the street because it was too tired.").distinct();
    }

    /** One neighbour query, k = 10: 50,000 cosines and the top 10 (the API's and the view's query). */
    @Benchmark
    public NearestNeighbours.Result neighboursOfKing() {
        return NearestNeighbours.of(glove, king, 10);
    }

    @Benchmark
    public Analogy.Result kingMinusManPlusWoman() {
        return Analogy.solve(glove, "king", "man", "woman", 10);
    }

    /** The one-hot worked example: a 50,000-entry one-hot vector times the whole 50,000 × 100 matrix. */
    @Benchmark
    public OneHot.Result oneHotTimesTheMatrix() {
        return OneHot.of(glove, king);
    }

    /** The lesson's map of the default sentence: one neighbour query per word, then PCA. */
    @Benchmark
    public WordMap.Result mapOfTheDefaultSentence() {
        return WordMap.of(glove, sentence);
    }

    /** Reading and decoding the 10 MB file (what the app does once, in the background). */
    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 3, time = 2)
    public GloveVectors readTheFile() throws IOException {
        try (InputStream in = GloveVectors.class.getResourceAsStream(GloveVectors.RESOURCE)) {
            return GloveVectors.read(in);
        }
    }
}
