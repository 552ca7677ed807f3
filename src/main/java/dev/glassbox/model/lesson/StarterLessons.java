package dev.glassbox.model.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lessons Glassbox comes with, one for each area (tokens to attention, the LSTM, z-scores, Python), written in
 * {@code src/main/resources/lesson-plans/starter.json} in the lesson file's format, so that their links are always
 * made by the current {@link LessonLink} and stay valid.
 */
public final class StarterLessons {

    static final String RESOURCE = "/lesson-plans/starter.json";

    private StarterLessons() {
    }

    /** The bundled lessons, in the file's order. */
    public static List<Lesson> all() {
        try (InputStream in = StarterLessons.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            JsonNode root = JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Lesson> lessons = new ArrayList<>();
            for (JsonNode n : root.path("lessons")) {
                LessonLink.Reading r = LessonFile.fromJson(n);
                if (r.problem().isPresent()) {
                    throw new IllegalStateException(RESOURCE + ": " + r.lesson().title() + ": " + r.problem().get());
                }
                lessons.add(r.lesson());
            }
            return List.copyOf(lessons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
