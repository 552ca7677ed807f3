package dev.glassbox.model.lesson;

import java.util.ArrayList;
import java.util.List;
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

    /** Reads a lesson file; never throws. */
    public static LessonLink.Reading read(String text) {
        Lesson empty = new Lesson(Lesson.UNTITLED, List.of());
        if (text == null || text.isBlank()) {
            return new LessonLink.Reading(empty, Optional.of("This file is empty."));
        }
        if (text.length() > MAX_CHARACTERS) {
            return new LessonLink.Reading(empty, Optional.of("This file is too long for a lesson (at most "
                    + String.format("%,d", MAX_CHARACTERS) + " characters)."));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return new LessonLink.Reading(empty, Optional.of("This file is not a Glassbox lesson: it is not valid JSON."));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            return new LessonLink.Reading(empty,
                    Optional.of("This file is not a Glassbox lesson: it has no \"format\": \"" + FORMAT + "\"."));
        }
        int version = root.path("version").asInt(0);
        if (version > LessonLink.VERSION) {
            return new LessonLink.Reading(empty, Optional.of("This lesson file was made by a newer version of Glassbox "
                    + "(format " + version + "); this version reads format " + LessonLink.VERSION + " files."));
        }
        return fromJson(root);
    }

    /** A lesson from its JSON object (the file's, or one entry of the bundled lessons). */
    static LessonLink.Reading fromJson(JsonNode root) {
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
        String which = bad.size() == 1 ? "step " + bad.get(0) : "steps " + joined(bad);
        return new LessonLink.Reading(lesson, Optional.of("In this file " + which + " could not be read (a lesson "
                + "has at most " + Lesson.MAX_STEPS + " steps, each with a view link); every other step is here."));
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

    private static String joined(List<Integer> numbers) {
        List<String> s = numbers.stream().map(String::valueOf).toList();
        return s.size() == 1 ? s.get(0)
                : String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }
}
