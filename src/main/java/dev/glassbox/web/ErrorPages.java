package dev.glassbox.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to every request that failed outside a view: one sentence with an error id, never a stack trace. The
 * exception, if any, is logged with the same id. The data API keeps its {@code {"error": …}} shape.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        String id = ErrorId.next();
        if (status.is5xxServerError() || failure != null) {
            LOG.error("Error id {}: {} {} answered {}", id, request.getMethod(), path, status.value(), failure);
        } else {
            LOG.debug("Error id {}: {} {} answered {}", id, request.getMethod(), path, status.value());
        }
        String sentence = sentence(status, id);
        if (isApi(request, path)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", sentence));
        }
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(page(status, sentence));
    }

    /** Writes the answer {@link #error} would give, straight onto {@code response}. */
    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String id)
            throws IOException {
        String sentence = sentence(status, id);
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        if (isApi(request, request.getRequestURI())) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"" + sentence + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(page(status, sentence));
        }
    }

    private static boolean isApi(HttpServletRequest request, String path) {
        return path.startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus status(Object code) {
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** One plain sentence for the status, ending with the error id. */
    static String sentence(HttpStatus status, String id) {
        String what = switch (status) {
            case NOT_FOUND -> "There is no such page here";
            case CONTENT_TOO_LARGE -> "The request was larger than this server accepts";
            case BAD_REQUEST, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "The server could not read this request";
            case METHOD_NOT_ALLOWED -> "The server does not answer this kind of request here";
            default -> status.is5xxServerError() ? "Something went wrong on the server"
                    : "The server could not answer this request (HTTP " + status.value() + ")";
        };
        return what + " (error id " + id + ").";
    }

    /** A small page in the app's language; the sentence holds nothing a visitor typed. */
    private static String page(HttpStatus status, String sentence) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Glassbox: %d</title></head>
                <body style="font-family: system-ui, sans-serif; margin: 2rem; max-width: 40rem">
                <p id="error-sentence">%s</p>
                <p><a href="/">Back to Glassbox</a></p>
                </body></html>
                """.formatted(status.value(), sentence);
    }
}
