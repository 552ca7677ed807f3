package dev.glassbox.model.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lessons Glassbox comes with, one for each area (tokens to attention, the LSTM, z-scores, Python), written in
 * {@code src/main/resources/lesson-plans/starter.json} in the lesson file's format, so that their links are always
 * made by the current {@link LessonLink} and stay valid.
 */
public final class StarterLessons {

    static final String RESOURCE = "/lesson-plans/starter.json";
    private static final Map<Language, List<Lesson>> LOADED = new ConcurrentHashMap<>();

    private StarterLessons() {
    }

    /** The bundled lessons, in the file's order. */
    public static List<Lesson> all() {
        return all(Language.ENGLISH);
    }

    /**
     * The bundled lessons written in {@code language} ({@code starter.<tag>.json} beside {@code starter.json}: the same
     * lessons, steps, views and answers, in other words), in English where there is no such file.
     */
    public static List<Lesson> all(Language language) {
        return LOADED.computeIfAbsent(language, StarterLessons::load);
    }

    /** Where the bundled lessons in {@code language} are, when they are written in it. */
    static String resource(Language language) {
        return language == Language.ENGLISH || language == Language.PSEUDO ? RESOURCE
                : RESOURCE.replace(".json", "." + language.tag() + ".json");
    }

    private static List<Lesson> load(Language language) {
        String resource = StarterLessons.class.getResource(resource(language)) != null ? resource(language) : RESOURCE;
        try (InputStream in = StarterLessons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            JsonNode root = JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Lesson> lessons = new ArrayList<>();
            for (JsonNode n : root.path("lessons")) {
                LessonLink.Reading r = LessonFile.fromJson(n);
                if (r.problem().isPresent()) {
                    throw new IllegalStateException(resource + ": " + r.lesson().title() + ": " + r.problem().get());
                }
                lessons.add(r.lesson());
            }
            return List.copyOf(lessons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
