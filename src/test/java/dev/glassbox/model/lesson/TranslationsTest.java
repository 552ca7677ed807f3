package dev.glassbox.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation of a lesson file says the same things in the same places: the same sections, each with the same
 * placeholders and the same link targets, so that no page can ask for a sentence one language lacks.
 */
class TranslationsTest {

    private static final Path LESSONS = Path.of("src/main/resources/lessons");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");
    private static final Pattern LINK = Pattern.compile("]\\(([^)]*)\\)");

    @Test
    void everyTranslationHasTheSameSectionsPlaceholdersAndLinksAsItsEnglishFile() throws IOException {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Path english : englishFiles()) {
            String concept = LESSONS.relativize(english.getParent()).toString().replace('\\', '/');
            LessonText en = LessonText.parse(concept, Files.readString(english, StandardCharsets.UTF_8));
            for (Language language : List.of(Language.SPANISH)) {
                Path translated = english.resolveSibling("text." + language.tag() + ".md");
                if (!Files.exists(translated)) {
                    continue;
                }
                compared++;
                LessonText other = LessonText.parse(concept, Files.readString(translated, StandardCharsets.UTF_8));
                String where = concept + " (" + language.tag() + ")";
                if (!other.names().equals(en.names())) {
                    TreeSet<String> missing = new TreeSet<>(en.names());
                    missing.removeAll(other.names());
                    TreeSet<String> extra = new TreeSet<>(other.names());
                    extra.removeAll(en.names());
                    problems.add(where + ": sections missing " + missing + ", not in English " + extra);
                }
                for (String name : en.names()) {
                    if (!other.names().contains(name)) {
                        continue;
                    }
                    if (!found(PLACEHOLDER, en.raw(name)).equals(found(PLACEHOLDER, other.raw(name)))) {
                        problems.add(where + " @@ " + name + ": placeholders " + found(PLACEHOLDER, en.raw(name))
                                + " in English, " + found(PLACEHOLDER, other.raw(name)) + " translated");
                    }
                    if (!found(LINK, en.raw(name)).equals(found(LINK, other.raw(name)))) {
                        problems.add(where + " @@ " + name + ": links " + found(LINK, en.raw(name)) + " in English, "
                                + found(LINK, other.raw(name)) + " translated");
                    }
                }
            }
        }
        assertThat(compared).as("translated lesson files").isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLessonFileIsTranslatedExceptTheDataApisWhichSpeaksEnglishOnly() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (Path english : englishFiles()) {
            String concept = LESSONS.relativize(english.getParent()).toString().replace('\\', '/');
            if (!concept.equals("api") && !Files.exists(english.resolveSibling("text.es.md"))) {
                untranslated.add(concept);
            }
        }
        assertThat(untranslated).as("lesson files without a Spanish text.es.md").isEmpty();
        assertThat(LESSONS.resolve("api/text.es.md")).doesNotExist();
    }

    @Test
    void theLanguageOfALinkIsReadLeniently() {
        assertThat(Language.parse("es")).contains(Language.SPANISH);
        assertThat(Language.parse(" ES ")).contains(Language.SPANISH);
        assertThat(Language.parse("en-xa")).contains(Language.PSEUDO);
        assertThat(Language.parse("<script>")).isEmpty();
        assertThat(Language.parse(null)).isEmpty();
        assertThat(Language.of(java.util.Locale.forLanguageTag("es-MX"))).contains(Language.SPANISH);
        assertThat(Language.of(java.util.Locale.GERMAN)).isEmpty();
    }

    @Test
    void pseudoEnglishAccentsProseButNotPlaceholdersFormulasCodeOrLinks() {
        String pseudo = LessonText.pseudo("See {{n}} values, $z = x$, `code` and [the list](/normal).");
        assertThat(pseudo).contains("{{n}}", "$z = x$", "`code`", "](/normal)");
        assertThat(pseudo).doesNotContain("See", "values", "the list");
        assertThat(pseudo.length()).isGreaterThan("See {{n}} values, $z = x$, `code` and [the list](/normal).".length());
        // Every English section comes out in pseudo-English with the same placeholders.
        LessonText en = LessonText.of("layout");
        LessonText ps = LessonText.of("layout", Language.PSEUDO);
        assertThat(ps.names()).isEqualTo(en.names());
        assertThat(ps.plain("menu")).isNotEqualTo(en.plain("menu")).hasSizeGreaterThan(en.plain("menu").length());
    }

    @Test
    void aTranslatedLessonIsReadInItsLanguage() {
        assertThat(LessonText.of("layout", Language.SPANISH).plain("menu")).isEqualTo("Lecciones");
        assertThat(LessonText.of("layout", Language.ENGLISH).plain("menu")).isEqualTo("Lessons");
    }

    private static List<Path> englishFiles() throws IOException {
        try (Stream<Path> files = Files.walk(LESSONS)) {
            return files.filter(p -> p.getFileName().toString().equals("text.md")).sorted().toList();
        }
    }

    private static Map<String, Integer> found(Pattern pattern, String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts;
    }
}
