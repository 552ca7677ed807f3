package dev.glassbox.ui.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The learner's committed answers to a view's questions, as its link carries them:
 * {@code ?answer=wp-count.4.k3x9q,bpe-next.yes.02bz1} — for each question its id, the answer (a choice's key, a
 * number, {@code ~} and base64url for a line of text, or {@value Prediction#SHOWN} when shown without answering) and
 * the {@link Prediction#fingerprint()} of the
 * question answered. A view's state record holds one, next to its {@link Folds}. An answer counts only while its
 * question is still the same (same choices, same truth), so a new sentence clears the answers it changes and keeps
 * the rest; a malformed entry is ignored.
 */
public record Answers(Map<String, Entry> entries) {

    /** The query parameter, the same in every view. */
    public static final String PARAMETER = "answer";

    public static final Answers NONE = new Answers(Map.of());

    /** At most this many answers are read from one link. */
    static final int MAX = 40;

    /** One committed answer and the fingerprint of the question it answered. */
    public record Entry(String value, String check) {
    }

    public Answers {
        entries = Map.copyOf(entries);
    }

    public static Answers parse(Query query) {
        return parse(query.text(PARAMETER, ""));
    }

    /** Reads the parameter's value; entries that are not {@code id.value.check} are left out. */
    public static Answers parse(String parameter) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (String part : parameter.split(",")) {
            int first = part.indexOf('.');
            int last = part.lastIndexOf('.');
            if (first <= 0 || last <= first + 1 || last == part.length() - 1 || map.size() >= MAX) {
                continue;
            }
            String id = part.substring(0, first);
            String value = part.substring(first + 1, last);
            String check = part.substring(last + 1);
            if (id.matches("[a-z0-9-]+") && value.matches("[a-z0-9.+-]{1,40}|~[A-Za-z0-9_-]{1,120}") && check.matches("[a-z0-9]{1,8}")) {
                map.put(id, new Entry(value, check));
            }
        }
        return new Answers(map);
    }

    /** The answer to {@code question} recorded in the link, if it answers this very question. */
    public Optional<String> of(Prediction question) {
        Entry e = entries.get(question.id());
        return e != null && e.check().equals(question.fingerprint()) ? Optional.of(e.value()) : Optional.empty();
    }

    /** These answers with {@code value} recorded for {@code question} (replacing an earlier one). */
    public Answers with(Prediction question, String value) {
        Map<String, Entry> next = new TreeMap<>(entries);
        next.put(question.id(), new Entry(value, question.fingerprint()));
        return new Answers(next);
    }

    /** The parameter's value in a stable order, or {@code null} when there is no answer (the link leaves it out). */
    public String parameter() {
        if (entries.isEmpty()) {
            return null;
        }
        return new TreeMap<>(entries).entrySet().stream()
                .map(e -> e.getKey() + "." + e.getValue().value() + "." + e.getValue().check())
                .collect(Collectors.joining(","));
    }
}
