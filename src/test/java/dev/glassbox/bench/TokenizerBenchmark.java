package dev.glassbox.bench;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenization;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.tokenize.WordTokenizer;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** The tokenizers on a 500-character sentence, warm, with jtokkit's own r50k encoder as the yardstick for BPE. */
public class TokenizerBenchmark extends LessonBenchmark {

    /** 500 characters of ordinary English prose. */
    static final String TEXT = ("The animal didn't cross the street because it was too tired. "
            + "Call me Ishmael. Some years ago, never mind how long precisely, having little money in my purse, "
            + "and nothing particular to interest me on shore, I thought I would sail about a little and see the "
            + "watery part of the world. It is a way I have of driving off the spleen and regulating the circulation. "
            + "Whenever I find myself growing grim about the mouth; whenever it is a damp, drizzly November in my soul; "
            + "whenever I find myself involuntarily pausing before coffin warehouses.").substring(0, 500);

    private final WordTokenizer word = new WordTokenizer();
    private final WordPieceTokenizer wordPiece = WordPieceTokenizer.minilm();
    private final BytePairTokenizer bpe = BytePairTokenizer.r50k();
    private final Encoding jtokkit = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.R50K_BASE);

    @Benchmark
    public List<Token> wordEncode() {
        return word.encode(TEXT);
    }

    @Benchmark
    public Tokenization wordTraced() {
        return word.tokenize(TEXT);
    }

    @Benchmark
    public List<Token> wordPieceEncode() {
        return wordPiece.encode(TEXT);
    }

    @Benchmark
    public Tokenization wordPieceTraced() {
        return wordPiece.tokenize(TEXT);
    }

    @Benchmark
    public List<Token> bpeEncode() {
        return bpe.encode(TEXT);
    }

    @Benchmark
    public int[] bpeEncodeIds() {
        return bpe.encodeIds(TEXT);
    }

    @Benchmark
    public Tokenization bpeTraced() {
        return bpe.tokenize(TEXT);
    }

    @Benchmark
    public IntArrayList jtokkitEncode() {
        return jtokkit.encodeOrdinary(TEXT);
    }
}
