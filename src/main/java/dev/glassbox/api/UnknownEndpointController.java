package dev.glassbox.api;

import dev.glassbox.model.lesson.LessonText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any path under {@code /api} that names no endpoint gets the contract's error shape, not an HTML page. */
@RestController
class UnknownEndpointController {

    @RequestMapping("/api/**")
    ResponseEntity<ApiError> unknown() {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, LessonText.of("api").plain("no-endpoint"));
    }
}
