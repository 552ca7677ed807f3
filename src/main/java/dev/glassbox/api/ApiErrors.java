package dev.glassbox.api;

import dev.glassbox.model.lesson.LessonText;
import java.util.Map;
import dev.glassbox.compute.BusyException;
import dev.glassbox.model.text.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every failure of an API request into the contract's {@code {"error": …}} shape, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    /** The media type of every JSON answer, errors included. */
    static final String JSON = "application/json;charset=UTF-8";

    static ResponseEntity<ApiError> answer(HttpStatus status, String sentence) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(JSON)).body(new ApiError(sentence));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** Every model thread and place in the queue was taken, or the run passed its time limit: try again soon. */
    @ExceptionHandler(BusyException.class)
    ResponseEntity<ApiError> busy(BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.parseMediaType(JSON))
                .body(new ApiError(LessonText.of("api").plain("busy", Map.of("seconds", e.retryAfterSeconds()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, LessonText.of("api").plain("missing", Map.of("name", e.getParameterName())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, LessonText.of("api").plain("not-whole", Map.of("name", e.getName())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, LessonText.of("api").plain("get-only"));
    }
}
