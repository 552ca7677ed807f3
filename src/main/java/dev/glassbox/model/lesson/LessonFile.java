package dev.glassbox.model.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A lesson as a small JSON file, for a teacher to keep or to edit by hand:
 * <pre>{"format": "glassbox-lesson", "version": 1, "title": "…",
 *  "steps": [{"view": "/attention?s=…", "title": "…", "note": "…", "hide": ["layer"], "lock": [],
 *             "question": {"view": "it-attends"} | {"prompt": "…", "choices": ["…", "…"], "correct": 0}}]}</pre>
 * Reading keeps every step that is valid and says in one sentence which were not.
 */
public final class LessonFile {

    public static final String FORMAT = "glassbox-lesson";
    /** A lesson file has at most this many characters. */
    public static final int MAX_CHARACTERS = 200_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LessonFile() {
    }

    /** The file's text, pretty-printed. */
    public static String write(Lesson lesson) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", LessonLink.VERSION);
        root.put("title", lesson.title());
        ArrayNode steps = root.putArray("steps");
        for (LessonStep s : lesson.steps()) {
            ObjectNode n = steps.addObject();
            n.put("view", s.view());
            n.put("title", s.title());
            n.put("note", s.note());
            ArrayNode hide = n.putArray("hide");
            s.hide().forEach(hide::add);
            ArrayNode lock = n.putArray("lock");
            s.lock().forEach(lock::add);
            switch (s.question()) {
                case StepQuestion.None none -> {
                }
                case StepQuestion.FromView v -> n.putObject("question").put("view", v.id());
                case StepQuestion.OwnChoice o -> {
                    ObjectNode q = n.putObject("question");
                    q.put("prompt", o.prompt());
                    ArrayNode choices = q.putArray("choices");
                    o.choices().forEach(choices::add);
                    q.put("correct", o.correct());
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Reads a lesson file; never throws. Its problem, if any, is said in English. */
    public static LessonLink.Reading read(String text) {
        return read(text, Language.ENGLISH);
    }

    /** Reads a lesson file; never throws. Its problem, if any, is said in {@code language}. */
    public static LessonLink.Reading read(String text, Language language) {
        LessonText t = LessonText.of("class", language);
        Lesson empty = new Lesson(Lesson.UNTITLED, List.of());
        if (text == null || text.isBlank()) {
            return new LessonLink.Reading(empty, Optional.of(t.plain("file-empty")));
        }
        if (text.length() > MAX_CHARACTERS) {
            return new LessonLink.Reading(empty, Optional.of(t.plain("file-too-long",
                    Map.of("max", String.format(language.locale(), "%,d", MAX_CHARACTERS)))));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return new LessonLink.Reading(empty, Optional.of(t.plain("file-not-json")));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            return new LessonLink.Reading(empty,
                    Optional.of(t.plain("file-no-format", Map.of("format", FORMAT))));
        }
        int version = root.path("version").asInt(0);
        if (version > LessonLink.VERSION) {
            return new LessonLink.Reading(empty, Optional.of(t.plain("file-newer",
                    Map.of("version", version, "current", LessonLink.VERSION))));
        }
        return fromJson(root, language);
    }

    /** A lesson from its JSON object (the file's, or one entry of the bundled lessons). */
    static LessonLink.Reading fromJson(JsonNode root) {
        return fromJson(root, Language.ENGLISH);
    }

    static LessonLink.Reading fromJson(JsonNode root, Language language) {
        List<LessonStep> steps = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        JsonNode list = root.path("steps");
        int i = 0;
        for (JsonNode n : list) {
            i++;
            if (steps.size() >= Lesson.MAX_STEPS) {
                bad.add(i);
                continue;
            }
            try {
                steps.add(step(n));
            } catch (IllegalArgumentException e) {
                bad.add(i);
            }
        }
        Lesson lesson = new Lesson(root.path("title").asString(Lesson.UNTITLED), steps);
        if (bad.isEmpty()) {
            return new LessonLink.Reading(lesson, Optional.empty());
        }
        LessonText t = LessonText.of("class", language);
        String which = LessonLink.join(t, bad.stream().map(String::valueOf).toList());
        return new LessonLink.Reading(lesson, Optional.of(t.plain(bad.size() == 1 ? "file-bad-step" : "file-bad-steps",
                Map.of("steps", which, "max", Lesson.MAX_STEPS))));
    }

    private static LessonStep step(JsonNode n) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("not a step");
        }
        StepQuestion question = StepQuestion.NONE;
        JsonNode q = n.path("question");
        if (q.isObject() && q.has("view")) {
            question = new StepQuestion.FromView(q.path("view").asString(""));
        } else if (q.isObject() && q.has("prompt")) {
            question = new StepQuestion.OwnChoice(q.path("prompt").asString(""), strings(q.path("choices")),
                    q.path("correct").asInt(-1));
        }
        String note = n.path("note").asString("");
        if (note.length() > LessonStep.MAX_NOTE) {
            throw new IllegalArgumentException("note too long");
        }
        return new LessonStep(n.path("view").asString(""), n.path("title").asString(""), note, question,
                strings(n.path("hide")), strings(n.path("lock")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array) {
            out.add(e.asString(""));
        }
        return out;
    }
}
