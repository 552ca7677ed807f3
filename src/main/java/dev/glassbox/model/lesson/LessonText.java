package dev.glassbox.model.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed prose of one lesson, read from {@code /lessons/<concept>/text.md} on the class path.
 *
 * <p>The file is a list of named sections. A line {@code @@ name} starts a section; its body runs to the next such
 * line. Inside a body, blank lines separate blocks: a paragraph, a {@code ### heading}, a list of {@code - } lines, or a
 * paragraph that is one {@code $$formula$$}. Inline: {@code *emphasis*}, {@code **strong**}, {@code `code`},
 * {@code $formula$}, {@code [text](link)}; a backslash before one of {@code * ` $ [ \} writes it as it is. A
 * {@code {{name}}} placeholder is filled by {@link #section(String, Map)} with a value computed in code — a limit, a
 * number from the model, the learner's own words — always as plain text, never as markup; which sentence is said
 * about the learner's input is decided in code from the model's values, so a claim stays computed in every language.
 * Lines starting with {@code %} are comments.
 *
 * <p>A translation, {@code text.<tag>.md} beside {@code text.md} ({@link #of(String, Language)}), has the same
 * sections with the same placeholders.
 */
public final class LessonText {

    private static final Map<String, LessonText> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, LessonText> TRANSLATED = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");

    private final String concept;
    private final Map<String, String> sections;
    /** Sections without placeholder values, as blocks and as plain lines: read once, as every page shows them. */
    private final Map<String, List<Block>> parsed = new ConcurrentHashMap<>();
    private final Map<String, String> lines = new ConcurrentHashMap<>();

    private LessonText(String concept, Map<String, String> sections) {
        this.concept = concept;
        this.sections = sections;
    }

    /** The prose of {@code concept} (e.g. {@code "zscores"}), read once and kept. */
    public static LessonText of(String concept) {
        return LOADED.computeIfAbsent(concept, LessonText::load);
    }

    /**
     * The prose of {@code concept} in {@code language}: {@code text.<tag>.md} beside {@code text.md}, which has the same
     * sections with the same placeholders (a test holds every translation to that). A lesson not translated yet is
     * read in English. {@link Language#PSEUDO} is made from the English file.
     */
    public static LessonText of(String concept, Language language) {
        return switch (language) {
            case ENGLISH -> of(concept);
            case PSEUDO -> TRANSLATED.computeIfAbsent(concept + "@" + language.tag(), k -> of(concept).pseudo());
            default -> TRANSLATED.computeIfAbsent(concept + "@" + language.tag(), k -> {
                String file = read(path(concept, language));
                return file == null ? of(concept) : parse(concept, file);
            });
        };
    }

    /** Where the prose of {@code concept} in {@code language} lives on the class path. */
    public static String path(String concept, Language language) {
        return language == Language.ENGLISH || language == Language.PSEUDO ? "/lessons/" + concept + "/text.md"
                : "/lessons/" + concept + "/text." + language.tag() + ".md";
    }

    /** Reads a lesson file's text directly (for tests and tools). */
    public static LessonText parse(String concept, String file) {
        Map<String, String> sections = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : file.split("\\R", -1)) {
            if (line.startsWith("%")) {
                continue;
            }
            if (line.startsWith("@@")) {
                if (name != null) {
                    put(sections, concept, name, body);
                }
                name = line.substring(2).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("Lesson " + concept + ": text before the first @@ section");
            }
        }
        if (name != null) {
            put(sections, concept, name, body);
        }
        return new LessonText(concept, Map.copyOf(sections));
    }

    private static void put(Map<String, String> sections, String concept, String name, StringBuilder body) {
        if (sections.put(name, body.toString().strip()) != null) {
            throw new IllegalArgumentException("Lesson " + concept + ": section " + name + " appears twice");
        }
    }

    private static LessonText load(String concept) {
        String path = path(concept, Language.ENGLISH);
        String file = read(path);
        if (file == null) {
            throw new IllegalStateException("No lesson text at " + path);
        }
        return parse(concept, file);
    }

    /** A class-path file as text, or null when there is none. */
    private static String read(String path) {
        try (InputStream in = LessonText.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This text in {@link Language#PSEUDO}. */
    private LessonText pseudo() {
        Map<String, String> out = new LinkedHashMap<>();
        sections.forEach((name, body) -> out.put(name, pseudo(body)));
        return new LessonText(concept, Map.copyOf(out));
    }

    /**
     * Accents every letter of prose and doubles its vowels (about 40 % longer), leaving untouched what is not prose:
     * placeholders, formulas, code, link targets and escaped characters.
     */
    static String pseudo(String body) {
        StringBuilder out = new StringBuilder(body.length() * 3 / 2);
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            int end = -1;
            if (c == '\\' && i + 1 < body.length()) {
                end = i + 2;
            } else if (body.startsWith("{{", i)) {
                end = body.indexOf("}}", i + 2) + 2;
            } else if (body.startsWith("$$", i)) {
                end = body.indexOf("$$", i + 2) + 2;
            } else if (c == '$' || c == '`') {
                end = body.indexOf(c, i + 1) + 1;
            } else if (body.startsWith("](", i)) {
                end = body.indexOf(')', i + 2) + 1;
            }
            if (end > i) {
                out.append(body, i, end);
                i = end;
                continue;
            }
            int at = PLAIN.indexOf(c);
            if (at >= 0) {
                char accented = ACCENTED.charAt(at);
                out.append(accented);
                if ("aeiouAEIOU".indexOf(c) >= 0) {
                    out.append(accented);
                }
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    private static final String PLAIN = "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ";
    private static final String ACCENTED = "åƀçđéĝĥíķłñöŕšţüýžÅƁÇĐÉĜĤÍĶŁÑÖŔŠŢÜÝŽ";

    public Set<String> names() {
        return sections.keySet();
    }

    /** The raw text of a section, placeholders left as they are. */
    public String raw(String name) {
        String body = sections.get(name);
        if (body == null) {
            throw new IllegalArgumentException("Lesson " + concept + " has no section " + name);
        }
        return body;
    }

    /** A section as blocks. */
    public List<Block> section(String name) {
        return section(name, Map.of());
    }

    /** A section as blocks, each {@code {{key}}} replaced by {@code values.get(key)}; an unknown key is an error. */
    public List<Block> section(String name, Map<String, ?> values) {
        if (values.isEmpty()) {
            return parsed.computeIfAbsent(name, n -> List.copyOf(blocks(fill(raw(n), values))));
        }
        return blocks(fill(raw(name), values));
    }

    /** Name–value pairs ({@code "n", 3, "word", w}) as the values of a section's placeholders. */
    public static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Placeholder names and values come in pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** Section {@code name} as one line of plain text, its placeholders filled from name–value pairs. */
    public String line(String name, Object... namesAndValues) {
        return plain(name, values(namesAndValues));
    }

    /** A section as one line of plain text (for a helper text, a label or a tooltip). */
    public String plain(String name) {
        return plain(name, Map.of());
    }

    public String plain(String name, Map<String, ?> values) {
        if (values.isEmpty()) {
            return lines.computeIfAbsent(name, n -> joined(section(n, values)));
        }
        return joined(section(name, values));
    }

    private static String joined(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            switch (block) {
                case Block.Paragraph p -> p.runs().forEach(r -> out.append(r.text()));
                case Block.Heading h -> out.append(h.text());
                case Block.Bullets b -> b.items().forEach(item -> item.forEach(r -> out.append(r.text())));
                case Block.Display d -> out.append(d.formula());
            }
        }
        return out.toString();
    }

    private String fill(String body, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Lesson " + concept + ": no value for {{" + m.group(1) + "}}");
            }
            // A value is text, never markup: a learner's "*" or "$" is written as it is.
            String text = value.toString().replaceAll("([*`$\\[\\\\])", "\\\\$1").replaceAll("\\s*\\R\\s*", " ");
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : body.split("\\n\\s*\\n")) {
            String text = chunk.strip();
            if (text.startsWith("### ")) {
                int end = text.indexOf('\n');
                blocks.add(new Block.Heading((end < 0 ? text : text.substring(0, end)).substring(4).strip()));
                text = end < 0 ? "" : text.substring(end + 1).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("$$") && text.endsWith("$$") && text.length() > 4) {
                blocks.add(new Block.Display(text.substring(2, text.length() - 2).strip()));
            } else if (text.startsWith("- ")) {
                List<List<Inline>> items = new ArrayList<>();
                for (String item : text.split("\\n(?=- )")) {
                    items.add(inline(item.substring(2).strip().replaceAll("\\s*\\n\\s*", " ")));
                }
                blocks.add(new Block.Bullets(items));
            } else {
                blocks.add(new Block.Paragraph(inline(text.replaceAll("\\s*\\n\\s*", " "))));
            }
        }
        return blocks;
    }

    /** Splits one paragraph's text into runs. */
    static List<Inline> inline(String text) {
        List<Inline> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "*`$[\\".indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            int end;
            Inline run = null;
            if (text.startsWith("**", i) && (end = text.indexOf("**", i + 2)) > i + 2) {
                run = new Inline.Strong(text.substring(i + 2, end));
                end += 2;
            } else if (c == '*' && (end = text.indexOf('*', i + 1)) > i + 1) {
                run = new Inline.Emphasis(text.substring(i + 1, end));
                end += 1;
            } else if (c == '`' && (end = text.indexOf('`', i + 1)) > i + 1) {
                run = new Inline.Code(text.substring(i + 1, end));
                end += 1;
            } else if (c == '$' && (end = closingDollar(text, i + 1)) > i + 1) {
                run = new Inline.Math(text.substring(i + 1, end));
                end += 1;
            } else if (c == '[' && (end = text.indexOf("](", i + 1)) > i + 1 && text.indexOf(')', end) > end + 2) {
                int close = text.indexOf(')', end);
                run = new Inline.Link(text.substring(i + 1, end), text.substring(end + 2, close));
                end = close + 1;
            } else {
                end = -1;
            }
            if (run == null) {
                plain.append(c);
                i++;
            } else {
                if (!plain.isEmpty()) {
                    runs.add(new Inline.Plain(plain.toString()));
                    plain.setLength(0);
                }
                runs.add(run);
                i = end;
            }
        }
        if (!plain.isEmpty()) {
            runs.add(new Inline.Plain(plain.toString()));
        }
        return runs;
    }

    /** The next unescaped {@code $} from {@code from}, or −1. */
    private static int closingDollar(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            if (text.charAt(j) == '\\') {
                j++;
            } else if (text.charAt(j) == '$') {
                return j;
            }
        }
        return -1;
    }
}
