package dev.glassbox.api;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.DecoderOnnx;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/models/decoder.onnx}: the app's trained character decoder as an ONNX file (written on the
 * first request, then kept), which ONNX Runtime runs to the same logits as {@code /api/v1/decoder}.
 */
@RestController
class ModelFileController {

    private final CharDecoder decoder;
    private byte[] decoderOnnx;

    ModelFileController(CharDecoder decoder) {
        this.decoder = decoder;
    }

    @GetMapping("/api/v1/models/decoder.onnx")
    ResponseEntity<byte[]> decoder() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("decoder.onnx").build().toString())
                .body(decoderOnnx());
    }

    private synchronized byte[] decoderOnnx() {
        if (decoderOnnx == null) {
            decoderOnnx = DecoderOnnx.of(decoder.weights());
        }
        return decoderOnnx;
    }
}
