package dev.glassbox.model.lesson;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A lesson as the value of a link's {@code l} parameter: {@code v1.<head>.<step 1>.<step 2>…}. Each part is one
 * record — the head holds the title and the number of steps, a step part its index and fields — compressed on its own
 * with raw Deflate and a preset dictionary of the words lessons use (and the sentence the lesson's views share, kept
 * in the head), followed by the low 24 bits of the record's CRC-32, written in base64url without padding. Because every part stands alone, a link that is damaged, cut short or tampered with
 * still gives every step whose part is intact, and {@link Reading#problem()} says in one sentence which could not be
 * read. The format is versioned: a link from a newer version says so instead of being misread.
 */
public final class LessonLink {

    /** The format this version writes and reads. */
    public static final int VERSION = 1;
    /** At most this many characters are read from a link. */
    public static final int MAX_LINK = 20_000;

    private static final Pattern VERSIONED = Pattern.compile("v(\\d{1,6})\\.(.*)", Pattern.DOTALL);
    private static final int CRC_BYTES = 3;
    private static final int MAX_RECORD = 16_384;
    private static final byte NO_QUESTION = 0;
    private static final byte VIEW_QUESTION = 1;
    private static final byte OWN_QUESTION = 2;

    /**
     * The preset dictionary of format v1 ({@code link-dictionary-v1.txt} beside this class; never change it: old links
     * depend on it, and {@code LessonLinkTest} pins its checksum). Deflate finds repeats in it as if it came just
     * before the record, so it holds what lesson records repeat — routes, parameters, common words — the most frequent
     * last (nearer repeats cost fewer bits). After it comes the lesson's shared sentence from the head.
     */
    static final byte[] DICTIONARY = dictionary();

    private static byte[] dictionary() {
        try (var in = LessonLink.class.getResourceAsStream("link-dictionary-v1.txt")) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("The lesson link dictionary is missing from the build.", e);
        }
    }

    private LessonLink() {
    }

    /** What a link gave: the lesson (every step that could be read) and, if something could not, one sentence. */
    public record Reading(Lesson lesson, Optional<String> problem) {
    }

    /** The link value of {@code lesson}. */
    public static String encode(Lesson lesson) {
        StringBuilder link = new StringBuilder("v").append(VERSION);
        String shared = sharedSentence(lesson);
        Writer head = new Writer();
        head.string(lesson.title());
        head.number(lesson.steps().size());
        head.string(shared);
        link.append('.').append(part(head.bytes(), DICTIONARY));
        byte[] dictionary = withShared(shared);
        for (int i = 0; i < lesson.steps().size(); i++) {
            link.append('.').append(part(step(i, lesson.steps().get(i)), dictionary));
        }
        return link.toString();
    }

    /** Reads a link value; never throws. Its problem, if any, is said in English. */
    public static Reading decode(String link) {
        return decode(link, Language.ENGLISH);
    }

    /** Reads a link value; never throws. Its problem, if any, is said in {@code language}. */
    public static Reading decode(String link, Language language) {
        LessonText t = LessonText.of("class", language);
        if (link == null || link.isBlank()) {
            return new Reading(new Lesson(Lesson.UNTITLED, List.of()), Optional.of(t.plain("link-empty")));
        }
        String text = link.strip();
        if (text.length() > MAX_LINK) {
            text = text.substring(0, MAX_LINK);
        }
        Matcher m = VERSIONED.matcher(text);
        if (!m.matches()) {
            return new Reading(new Lesson(Lesson.UNTITLED, List.of()),
                    Optional.of(t.plain("link-not-lesson", Map.of("version", VERSION))));
        }
        int version = Integer.parseInt(m.group(1));
        if (version > VERSION) {
            return new Reading(new Lesson(Lesson.UNTITLED, List.of()), Optional.of(t.plain("link-newer",
                    Map.of("version", version, "current", VERSION))));
        }
        if (version < 1) {
            return new Reading(new Lesson(Lesson.UNTITLED, List.of()),
                    Optional.of(t.plain("link-no-format", Map.of("version", version))));
        }
        String[] parts = m.group(2).split("\\.", -1);
        String title = null;
        int count = -1;
        String shared = null;
        byte[] headBytes = unpack(parts[0], DICTIONARY);
        if (headBytes != null) {
            try {
                Reader head = new Reader(headBytes);
                title = head.string();
                count = head.number();
                shared = head.string();
                head.end();
                if (count > Lesson.MAX_STEPS) {
                    throw new IllegalArgumentException("too many steps");
                }
            } catch (RuntimeException e) {
                title = null;
                count = -1;
                shared = null;
            }
        }
        if (shared == null) {
            return new Reading(new Lesson(Lesson.UNTITLED, List.of()), Optional.of(t.plain("link-no-head")));
        }
        byte[] dictionary = withShared(shared);
        LessonStep[] found = new LessonStep[Lesson.MAX_STEPS];
        TreeSet<Integer> unreadable = new TreeSet<>();
        int extra = 0;
        for (int p = 1; p < parts.length; p++) {
            byte[] record = unpack(parts[p], dictionary);
            try {
                if (record == null) {
                    throw new IllegalArgumentException("damaged");
                }
                Reader r = new Reader(record);
                int index = r.number();
                LessonStep step = readStep(r);
                if (index < 0 || index >= Lesson.MAX_STEPS || found[index] != null || (count >= 0 && index >= count)) {
                    extra++;
                } else {
                    found[index] = step;
                }
            } catch (RuntimeException e) {
                unreadable.add(p - 1);
            }
        }
        for (int u : unreadable) {
            if (count >= 0 && u >= count) {
                extra++;
            }
        }
        List<LessonStep> steps = new ArrayList<>();
        TreeSet<Integer> missing = new TreeSet<>();
        int expected = count >= 0 ? count : Math.min(Lesson.MAX_STEPS, parts.length - 1);
        for (int i = 0; i < Math.max(expected, lastFound(found) + 1); i++) {
            if (found[i] != null) {
                steps.add(found[i]);
            } else {
                missing.add(i);
            }
        }
        return new Reading(new Lesson(title, steps), problem(t, title == null, count, missing, extra));
    }

    private static int lastFound(LessonStep[] found) {
        for (int i = found.length - 1; i >= 0; i--) {
            if (found[i] != null) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> problem(LessonText t, boolean noTitle, int count, TreeSet<Integer> missing,
            int extra) {
        List<String> what = new ArrayList<>();
        if (noTitle) {
            what.add(t.plain("damaged-title"));
        }
        if (!missing.isEmpty()) {
            String numbers = join(t, missing.stream().map(i -> String.valueOf(i + 1)).toList());
            String which = (missing.size() == 1 ? "damaged-step" : "damaged-steps") + (count >= 0 ? "-of" : "");
            what.add(t.plain(which, Map.of("steps", numbers, "count", count)));
        }
        if (extra > 0) {
            what.add(extra == 1 ? t.plain("damaged-extra-one") : t.plain("damaged-extra-other", Map.of("n", extra)));
        }
        if (what.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(t.plain("link-damaged", Map.of("what", join(t, what))));
    }

    /** "a, b and c" in the text's language. */
    static String join(LessonText t, List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return t.plain("list-and", Map.of("first", String.join(", ", items.subList(0, items.size() - 1)),
                "last", items.get(items.size() - 1)));
    }

    // --- records ---------------------------------------------------------------------------------------------

    private static byte[] step(int index, LessonStep step) {
        Writer w = new Writer();
        w.number(index);
        w.string(step.view());
        w.string(step.title());
        w.string(step.note());
        w.list(step.hide());
        w.list(step.lock());
        switch (step.question()) {
            case StepQuestion.None n -> w.out.write(NO_QUESTION);
            case StepQuestion.FromView v -> {
                w.out.write(VIEW_QUESTION);
                w.string(v.id());
            }
            case StepQuestion.OwnChoice o -> {
                w.out.write(OWN_QUESTION);
                w.string(o.prompt());
                w.list(o.choices());
                w.number(o.correct());
            }
        }
        return w.bytes();
    }

    private static LessonStep readStep(Reader r) {
        String view = r.string();
        String title = r.string();
        String note = r.string();
        List<String> hide = r.list();
        List<String> lock = r.list();
        int kind = r.next();
        StepQuestion question = switch (kind) {
            case NO_QUESTION -> StepQuestion.NONE;
            case VIEW_QUESTION -> new StepQuestion.FromView(r.string());
            case OWN_QUESTION -> new StepQuestion.OwnChoice(r.string(), r.list(), r.number());
            default -> throw new IllegalArgumentException("unknown question");
        };
        r.end();
        return new LessonStep(view, title, note, question, hide, lock);
    }

    // --- parts: deflate + CRC-32, base64url ---------------------------------------------------------------------

    /**
     * The sentence most of the lesson's views share (the value of their {@code s} parameter, as the link writes it),
     * or "" when none repeats: kept once in the head, it costs each step that repeats it only a few bits.
     */
    static String sharedSentence(Lesson lesson) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (LessonStep step : lesson.steps()) {
            int q = step.view().indexOf('?');
            if (q < 0) {
                continue;
            }
            for (String pair : step.view().substring(q + 1).split("&")) {
                if (pair.startsWith("s=") && pair.length() > 2) {
                    counts.merge(pair, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .max(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey).orElse("");
    }

    private static byte[] withShared(String shared) {
        byte[] s = shared.getBytes(StandardCharsets.UTF_8);
        byte[] d = java.util.Arrays.copyOf(DICTIONARY, DICTIONARY.length + s.length);
        System.arraycopy(s, 0, d, DICTIONARY.length, s.length);
        return d;
    }

    private static String part(byte[] record, byte[] dictionary) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setDictionary(dictionary);
        deflater.setInput(record);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        long crc = crc(record) & 0xFFFFFF;
        for (int i = CRC_BYTES - 1; i >= 0; i--) {
            out.write((int) (crc >>> (8 * i)) & 0xFF);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The record inside a part, or {@code null} when the part is damaged (bad base64, bad Deflate, wrong CRC). */
    private static byte[] unpack(String part, byte[] dictionary) {
        byte[] packed;
        try {
            packed = Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (packed.length <= CRC_BYTES) {
            return null;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(dictionary);
            inflater.setInput(packed, 0, packed.length - CRC_BYTES);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_RECORD) {
                    return null;
                }
            }
            if (inflater.getRemaining() != 0) {
                return null;
            }
            byte[] record = out.toByteArray();
            long expected = 0;
            for (int i = packed.length - CRC_BYTES; i < packed.length; i++) {
                expected = (expected << 8) | (packed[i] & 0xFF);
            }
            return (crc(record) & 0xFFFFFF) == expected ? record : null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Writes numbers as unsigned LEB128 varints and strings as their UTF-8 length and bytes. */
    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void number(int n) {
            int v = n;
            while ((v & ~0x7F) != 0) {
                out.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number(b.length);
            out.writeBytes(b);
        }

        void list(List<String> items) {
            number(items.size());
            items.forEach(this::string);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    private static final class Reader {
        private final byte[] in;
        private int at;

        Reader(byte[] in) {
            this.in = in;
        }

        int next() {
            if (at >= in.length) {
                throw new IllegalArgumentException("short record");
            }
            return in[at++] & 0xFF;
        }

        int number() {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = next();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (v < 0 || v > MAX_RECORD) {
                        throw new IllegalArgumentException("number out of range");
                    }
                    return v;
                }
            }
            throw new IllegalArgumentException("number too long");
        }

        String string() {
            int n = number();
            if (n > in.length - at) {
                throw new IllegalArgumentException("short record");
            }
            String s = new String(in, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        List<String> list() {
            int n = number();
            if (n > LessonStep.MAX_CONTROLS) {
                throw new IllegalArgumentException("too many items");
            }
            List<String> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(string());
            }
            return items;
        }

        void end() {
            if (at != in.length) {
                throw new IllegalArgumentException("trailing bytes");
            }
        }
    }
}
