package dev.glassbox.api;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.DecoderOnnx;
import dev.glassbox.model.seq2seq.Seq2SeqOnnx;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/models/decoder.onnx} and {@code /api/v1/models/seq2seq.onnx}: the app's trained character
 * decoder and date translator as ONNX files (each written on its first request, then kept), which ONNX Runtime runs
 * to the same logits as {@code /api/v1/decoder} and {@code /api/v1/seq2seq}.
 */
@RestController
class ModelFileController {

    private final CharDecoder decoder;
    private final Seq2SeqTransformer translator;
    private byte[] decoderOnnx;
    private byte[] seq2seqOnnx;

    ModelFileController(CharDecoder decoder, Seq2SeqTransformer translator) {
        this.decoder = decoder;
        this.translator = translator;
    }

    @GetMapping("/api/v1/models/decoder.onnx")
    ResponseEntity<byte[]> decoder() {
        return file("decoder.onnx", this::decoderOnnx);
    }

    @GetMapping("/api/v1/models/seq2seq.onnx")
    ResponseEntity<byte[]> seq2seq() {
        return file("seq2seq.onnx", this::seq2seqOnnx);
    }

    private static ResponseEntity<byte[]> file(String name, Supplier<byte[]> bytes) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes.get());
    }

    private synchronized byte[] decoderOnnx() {
        if (decoderOnnx == null) {
            decoderOnnx = DecoderOnnx.of(decoder.weights());
        }
        return decoderOnnx;
    }

    private synchronized byte[] seq2seqOnnx() {
        if (seq2seqOnnx == null) {
            seq2seqOnnx = Seq2SeqOnnx.of(translator.weights());
        }
        return seq2seqOnnx;
    }
}
