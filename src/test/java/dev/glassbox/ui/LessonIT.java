package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Media;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.StarterLessons;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.model.lesson.ViewQuestions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Lessons for a class: the builder, the player from a link, presenter mode, QR codes, the handout, bad links. */
class LessonIT extends BrowserTest {

    private static final String SENTENCE = "Hello class";
    /** A step's page starts afresh in its frame: on a busy machine that can take a while. */
    private static final LocatorAssertions.IsVisibleOptions FRAME = new LocatorAssertions.IsVisibleOptions().setTimeout(120_000);

    private String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Test
    void a_lesson_built_in_the_builder_plays_every_step_from_its_link_in_a_fresh_browser() throws Exception {
        open("/lesson/new");
        assertThat(page.locator("#builder-limits")).containsText("at most 30 steps");
        assertThat(page.locator("#builder-limits")).containsText("at most 1,000 characters");
        page.locator("#lesson-title-field input").fill("Tokens, then z-scores");
        page.locator("#lesson-title-field input").press("Tab");
        idle();

        // Step 1: the tokens page, its tokenizer hidden, a question of the teacher's own.
        useView("/tokens?s=" + encode(SENTENCE) + "&t=word");
        check("#step-hide", "tokenizer");
        page.locator("#step-title-field input").fill("Cut into tokens");
        page.locator("#step-note-field textarea").fill("Count the *tokens*.\n\nNotes are text: <b>not HTML</b>.");
        // The view's own questions: offered only where the view asks some (ViewQuestions lists none for /tokens yet).
        Locator viewKind = page.locator("#question-kind vaadin-radio-button").filter(
                new Locator.FilterOptions().setHasText("One of this page's questions"));
        if (ViewQuestions.of("tokens").isEmpty()) {
            assertThat(viewKind).hasAttribute("disabled", "");
        } else {
            assertThat(viewKind).not().hasAttribute("disabled", "");
        }
        page.locator("#question-kind vaadin-radio-button").filter(
                new Locator.FilterOptions().setHasText("of my own")).click();
        page.locator("#own-prompt input").fill("How many tokens does the word tokenizer make of Hello class?");
        page.locator("#own-choice-0 input").fill("1");
        page.locator("#own-choice-1 input").fill("2");
        page.locator("#own-choice-2 input").fill("3");
        page.locator("#own-correct vaadin-radio-button").nth(1).click();
        page.locator("#save-step").click();
        idle();
        assertThat(page.locator("#lesson-step-0")).containsText("Cut into tokens");

        // Step 2: z-scores, the standard deviation switch locked.
        useView("/zscores?s=" + encode(SENTENCE) + "&v=1,2,3,4,10");
        check("#step-lock", "sd-kind");
        page.locator("#step-title-field input").fill("How unusual is 10?");
        page.locator("#step-note-field textarea").fill("Which value has the **largest** z-score?");
        page.locator("#save-step").click();
        idle();

        // Step 3: the normal curve, nothing hidden.
        useView("/normal");
        page.locator("#step-title-field input").fill("The bell");
        page.locator("#step-note-field textarea").fill("About 68 % lies within one σ.");
        page.locator("#save-step").click();
        idle();
        assertThat(page.locator("#step-count")).hasText("3 of at most 30 steps");
        assertThat(page.locator("#link-length")).containsText("3 steps");
        String link = (String) page.locator("#play-lesson").evaluate("a => a.href");
        assertThat(link).startsWith(base() + "lesson?l=v1.");
        screenshot("lesson-builder");

        // A fresh browser: nothing but the link.
        try (BrowserContext fresh = page.context().browser().newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page student = fresh.newPage();
            student.onPageError(pageErrors::add);
            student.navigate(link);
            Page teacher = page;
            page = student;
            idle();
            assertThat(page.locator("#lesson-title")).hasText("Tokens, then z-scores");
            assertThat(page.locator("#step-progress")).hasText("Step 1 of 3");
            assertThat(page.locator("#step-title")).hasText("Cut into tokens");
            assertThat(page.locator("#step-note em")).hasText("tokens");
            assertThat(page.locator("#step-note")).containsText("Notes are text: <b>not HTML</b>.");
            assertThat(page.locator("#step-note b")).hasCount(0);
            FrameLocator view = page.frameLocator("#step-view");
            assertThat(view.locator("main h1")).isVisible(FRAME);
            assertThat(view.locator("#sentence input")).hasValue(SENTENCE);
            assertThat(view.locator("#tokenizer")).isHidden();
            assertThat(view.locator("vaadin-app-layout [slot=navbar]").first()).isHidden();
            // The teacher's question, checked against the choice the teacher marked.
            page.locator("#own-question vaadin-radio-button").nth(2).click();
            page.locator("#check-answer").click();
            assertThat(page.locator("#answer-feedback")).hasText(
                    "Not this one: the answer your teacher marked is B. 2.");
            page.locator("#own-question vaadin-radio-button").nth(1).click();
            page.locator("#check-answer").click();
            assertThat(page.locator("#answer-feedback")).hasText("Right: B. 2 is the answer your teacher marked.");

            // The arrow key moves on; the step is in the link, and a reload keeps it.
            page.locator("#step-title").click();
            page.keyboard().press("ArrowRight");
            idle();
            assertThat(page.locator("#step-progress")).hasText("Step 2 of 3");
            assertThat(page.locator("#step-note strong")).hasText("largest");
            assertThat(page).hasURL(Pattern.compile(".*[?&]step=2.*"));
            view = page.frameLocator("#step-view");
            assertThat(view.locator("#sd-kind")).isVisible(FRAME);
            assertThat(view.locator("#sd-kind")).hasAttribute("inert", "");
            assertThat(page.locator("#step-question")).isHidden();
            page.reload();
            idle();
            assertThat(page.locator("#step-progress")).hasText("Step 2 of 3");
            assertThat(page.locator("#step-title")).hasText("How unusual is 10?");

            page.locator("#next-step").click();
            idle();
            assertThat(page.locator("#step-progress")).hasText("Step 3 of 3");
            assertThat(page.locator("#next-step")).isDisabled();
            assertThat(page.frameLocator("#step-view").locator("main h1")).isVisible(FRAME);
            page.locator("#previous-step").click();
            idle();
            assertThat(page.locator("#step-title")).hasText("How unusual is 10?");
            screenshot("lesson-player");
            assertNoScriptRan();
            page = teacher;
        }
    }

    @Test
    void an_embedded_view_hides_locks_and_marks_what_its_link_names_even_after_the_view_rewrites_its_link() {
        // The marking is what a step asking one of the view's questions uses (question-<id>); any id works the same.
        open("/zscores?s=" + encode(SENTENCE) + "&embed=1&hide=sentence&lock=sd-kind&mark=zscores-result");
        assertThat(page.locator("#sentence")).isHidden();
        assertThat(page.locator("#sd-kind")).hasAttribute("inert", "");
        assertThat(page.locator("#zscores-result")).hasClass(Pattern.compile(".*gb-lesson-mark.*"));
        assertThat(page.locator("#lesson-menu")).not().isInViewport();
        assertThat(page.locator("#color-scheme")).isHidden();
        // The view writes its own state into the link (without the lesson's parameters): the modes stay for the page.
        page.evaluate("() => history.replaceState(null, '', 'zscores?v=1,2,3')");
        assertThat(page.locator("#sentence")).isHidden();
        assertThat(page.locator("#sd-kind")).hasAttribute("inert", "");
        // A page opened from a link without them is the plain view.
        page.reload();
        idle();
        assertThat(page.locator("#sentence")).isVisible();
        assertNoScriptRan();
    }

    @Test
    void a_lesson_is_saved_to_a_file_and_opened_from_it() throws Exception {
        Lesson lesson = new Lesson("Saved", List.of(LessonStep.of("/normal", "One", "A *note*."),
                new LessonStep("/zscores", "Two", "", new StepQuestion.OwnChoice("Q?", List.of("a", "b"), 0),
                        List.of("sd-kind"), List.of())));
        open("/lesson/new?l=" + LessonLink.encode(lesson));
        assertThat(page.locator("#step-count")).hasText("2 of at most 30 steps");
        Download download = page.waitForDownload(() -> page.locator("#download-lesson").click());
        assertThat(download.suggestedFilename()).isEqualTo("lesson.json");
        Path file = Files.createTempDirectory("lesson").resolve("lesson.json");
        download.saveAs(file);
        String json = Files.readString(file);
        assertThat(json).contains("\"format\" : \"glassbox-lesson\"").contains("\"hide\" : [ \"sd-kind\" ]");

        open("/lesson/new");
        assertThat(page.locator("#lesson-steps")).containsText("No steps yet");
        page.locator("#open-lesson input[type=file]").setInputFiles(file);
        assertThat(page.locator("#step-count")).hasText("2 of at most 30 steps");
        assertThat(page.locator("#lesson-title-field input")).hasValue("Saved");
        String link = (String) page.locator("#play-lesson").evaluate("a => a.href");
        assertThat(LessonLink.decode(link.substring(link.indexOf("l=") + 2)).lesson()).isEqualTo(lesson);

        // A file that is not a lesson: one sentence, nothing changed.
        Path junk = Files.createTempFile("junk", ".json");
        Files.writeString(junk, "{\"hello\": 1}");
        page.locator("#open-lesson input[type=file]").setInputFiles(junk);
        assertThat(page.locator("#file-notice")).hasText(
                "This file is not a Glassbox lesson: it has no \"format\": \"glassbox-lesson\".");
        assertThat(page.locator("#step-count")).hasText("2 of at most 30 steps");
    }

    @Test
    void the_qr_code_in_the_player_decodes_to_the_lesson_link() throws Exception {
        String link = LessonLink.encode(StarterLessons.all().get(0));
        open("/lesson?l=" + link + "&present=1");
        page.locator("#lesson-qr").click();
        assertThat(page.locator("#qr-image")).isVisible();
        assertThat(decode(page.locator("#qr-image"))).isEqualTo(base() + "lesson?l=" + link);
        assertThat(page.locator("#qr-link")).hasText(base() + "lesson?l=" + link);
    }

    @Test
    void presenter_mode_on_a_view_has_large_type_no_menu_and_a_qr_code_of_the_view() throws Exception {
        open("/zscores?s=" + encode(SENTENCE));
        double normal = fontSize("main h1");
        page.locator("#present-mode").click();
        assertThat(page.locator("html")).hasClass(Pattern.compile(".*gb-present.*"));
        assertThat(page.locator("#present-mode")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#lesson-menu")).not().isInViewport();
        assertThat(fontSize("main h1")).isGreaterThan(normal * 1.2);
        page.locator("#show-qr").click();
        assertThat(decode(page.locator("#qr-image"))).isEqualTo(base() + "zscores?s=" + encode(SENTENCE));
        page.locator("#qr-close").click();
        // The arrow keys move from section to section.
        Object before = page.evaluate("() => document.querySelector('main h2').getBoundingClientRect().top");
        page.locator("main h1").click();
        page.keyboard().press("ArrowRight");
        page.waitForTimeout(300);
        Object after = page.evaluate("() => document.querySelector('main h2').getBoundingClientRect().top");
        assertThat(((Number) after).doubleValue()).isLessThan(((Number) before).doubleValue());
        page.locator("#present-mode").click();
        assertThat(page.locator("html")).not().hasClass(Pattern.compile(".*gb-present.*"));
        assertNoScriptRan();
    }

    @Test
    void a_lesson_in_presenter_mode_moves_with_the_arrow_keys_and_is_photographed_for_the_readme() throws Exception {
        page.setViewportSize(1280, 720);
        String link = LessonLink.encode(StarterLessons.all().get(2));
        open("/lesson?l=" + link + "&present=1");
        assertThat(page.locator("html")).hasClass(Pattern.compile(".*gb-present.*"));
        assertThat(page.frameLocator("#step-view").locator("html")).hasClass(Pattern.compile(".*gb-present.*"));
        assertThat(page.locator("#lesson-menu")).not().isInViewport();
        assertThat(page.locator("#step-progress")).hasText("Step 1 of 3");
        // The progress bar keeps its height in the large type of presenter mode (the panel scrolls, nothing shrinks).
        org.assertj.core.api.Assertions.assertThat(page.locator("#step-progress-bar").boundingBox().height)
                .isGreaterThanOrEqualTo(4);
        page.keyboard().press("ArrowRight");
        idle();
        assertThat(page.locator("#step-progress")).hasText("Step 2 of 3");
        page.keyboard().press("ArrowLeft");
        idle();
        assertThat(page.locator("#step-progress")).hasText("Step 1 of 3");
        assertThat(page).hasURL(Pattern.compile(".*present=1.*"));
        assertThat(page.frameLocator("#step-view").locator("#zscores-result")).isVisible(FRAME);
        page.waitForTimeout(1_000);
        Path docs = Paths.get("src", "docs", "presenter.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(docs));
        assertThat(Files.size(docs)).isGreaterThan(10_000);
        assertNoScriptRan();
    }

    @Test
    void a_damaged_link_keeps_the_steps_it_can_and_says_which_it_cannot() {
        String link = LessonLink.encode(StarterLessons.all().get(0));
        String[] parts = link.split("\\.");
        // Step 2's part tampered with: one character changed.
        char c = parts[3].charAt(4);
        parts[3] = parts[3].substring(0, 4) + (c == 'A' ? 'B' : 'A') + parts[3].substring(5);
        open("/lesson?l=" + String.join(".", parts));
        assertThat(page.locator("#lesson-notice")).hasText("This lesson link is damaged or cut short: step 2 of 5 "
                + "could not be read; every other step is here.");
        assertThat(page.locator("#step-progress")).hasText("Step 1 of 4");
        assertThat(page.locator("#lesson-title")).hasText("From words to attention");

        open("/lesson?l=" + link.substring(0, link.length() / 2));
        assertThat(page.locator("#lesson-notice")).containsText("could not be read; every other step is here.");

        open("/lesson?l=v7." + link.substring(3));
        assertThat(page.locator("#lesson-notice")).hasText("This lesson link was made by a newer version of Glassbox "
                + "(format v7); this version reads format v1 links, so the lesson cannot be shown here.");
        assertThat(page.locator("#lesson-empty")).containsText("Lessons for a class");

        open("/lesson?l=" + encode("<script>alert(1)</script>") + "&step=99");
        assertThat(page.locator("#lesson-notice")).containsText("This is not a Glassbox lesson link");
        assertNoScriptRan();
    }

    @Test
    void the_home_page_lists_the_bundled_lessons_and_each_opens_whole() {
        open("/");
        assertThat(page.locator("#class-lessons h2")).hasText("Lessons for a class");
        assertThat(page.locator("#class-lessons li a")).hasCount(4);
        List<Lesson> starters = StarterLessons.all();
        for (int i = 0; i < starters.size(); i++) {
            open("/");
            page.locator("#starter-lesson-" + i).click();
            idle();
            assertThat(page.locator("#lesson-title")).hasText(starters.get(i).title());
            assertThat(page.locator("#lesson-notice")).isHidden();
            assertThat(page.locator("#step-progress")).hasText("Step 1 of " + starters.get(i).steps().size());
            // Every step's page opens without a complaint about its link.
            for (int s = 0; s < starters.get(i).steps().size(); s++) {
                assertThat(page.locator("#step-title")).hasText(starters.get(i).steps().get(s).title());
                try {
                    assertThat(page.frameLocator("#step-view").locator("main h1")).isVisible(FRAME);
                } catch (AssertionError e) {
                    screenshot("lesson-starter-" + i + "-" + s);
                    throw new AssertionError(starters.get(i).title() + ", step " + (s + 1) + ": " + e.getMessage(), e);
                }
                assertThat(page.frameLocator("#step-view").locator("main .gb-notice:visible")).hasCount(0);
                if (s + 1 < starters.get(i).steps().size()) {
                    page.locator("#next-step").click();
                    idle();
                }
            }
        }
        assertNoScriptRan();
    }

    @Test
    void the_handout_lists_every_step_and_keeps_the_answers_for_a_page_of_their_own() throws Exception {
        Lesson lesson = StarterLessons.all().get(2);
        open("/lesson/print?l=" + LessonLink.encode(lesson));
        assertThat(page.locator("#handout-title")).hasText(lesson.title());
        assertThat(page.locator(".gb-handout-step")).hasCount(lesson.steps().size());
        assertThat(page.locator("#handout-step-1 .gb-absolute-link")).hasText(base() + "zscores?v=62,75,71,88,54");
        assertThat(page.locator("#handout-step-1")).containsText("A value equal to the mean has the z-score …");
        // The answer key: the choices the lesson marks correct (its file: "correct": 0 and 1).
        assertThat(page.locator("#answer-1")).containsText("A. 0");
        assertThat(page.locator("#answer-3")).containsText("B. 68 %");
        // The handout's QR code plays the lesson (7 cm on paper; read here drawn 600 pixels wide).
        page.locator("#handout-qr img").evaluate("img => { img.style.width = '600px'; img.style.height = '600px'; }");
        assertThat(decode(page.locator("#handout-qr img"))).isEqualTo(base() + "lesson?l=" + LessonLink.encode(lesson));
        // Each step shows the figures its page shows before its questions are answered, drawn from that page as
        // standalone SVG pictures (read back with the JDK's XML parser).
        for (int i = 1; i <= lesson.steps().size(); i++) {
            assertThat(page.locator("#handout-figures-" + i)).hasAttribute("data-state", Pattern.compile("drawn|none"),
                    new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        }
        System.out.println("handout figures: " + page.evaluate("() => [...document.querySelectorAll("
                + "'.gb-handout-figures')].map(b => b.dataset.state + ':' + b.querySelectorAll('img').length).join(' ')"));
        Locator picture = page.locator("#handout-figures-1 img").first();
        String src = picture.getAttribute("src");
        assertThat(src).startsWith("data:image/svg+xml;charset=utf-8,");
        org.w3c.dom.Document svg = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(java.net.URLDecoder.decode(
                        src.substring(src.indexOf(',') + 1), java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo(picture.getAttribute("alt"))
                .isEqualTo(page.locator("#handout-figures-1 figcaption").first().textContent());
        assertThat(page.locator("iframe")).hasCount(0);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.evaluate("() => getComputedStyle(document.getElementById('answer-key')).breakBefore"))
                .isEqualTo("page");
        assertThat(page.locator("#print-handout")).isHidden();
        screenshot("lesson-handout");
    }

    /** Text nodes, labels and titles of the view that did not come from a lesson file (unaccented in pseudo-English). */
    static final String UNACCENTED = "() => { const out = []; const seen = root => { root.querySelectorAll('*').forEach(e => {"
            + " [...e.childNodes].filter(n => n.nodeType === 3).forEach(n => out.push(n.textContent.trim()));"
            + " ['aria-label', 'title', 'placeholder', 'alt', 'label', 'helper-text'].forEach(a => { if (e.hasAttribute(a))"
            + " out.push(e.getAttribute(a)); }); if (e.shadowRoot) seen(e.shadowRoot); }); };"
            + " seen(document.querySelector('main')); return out.filter(t => /\\b(?=[A-Za-z]*[aeiouAEIOU])[A-Za-z]{4,}\\b/.test(t)); }";

    @Test
    void the_player_the_builder_and_the_handout_speak_spanish_when_their_link_says_so() {
        LessonText es = LessonText.of("class", Language.SPANISH);
        Lesson lesson = StarterLessons.all().get(0);
        String link = LessonLink.encode(lesson);
        int n = lesson.steps().size();
        open("/lesson?l=" + link + "&lang=es");
        // Computed: the step and the number of steps of this lesson, in the Spanish file's sentence.
        assertThat(page.locator("#step-progress")).hasText(es.plain("ui-progress", Map.of("n", 1, "count", n)));
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        idle();
        assertThat(page.locator("#step-progress")).hasText("Paso 1 de " + n);
        assertThat(page.locator("#next-step")).hasText(es.plain("ui-next"));
        // The step's page in its frame is in Spanish too.
        assertThat(page.locator("#step-view")).hasAttribute("src", Pattern.compile("lang=es"));
        page.locator("#next-step").click();
        idle();
        assertThat(page.locator("#step-progress")).hasText("Paso 2 de " + n);
        assertThat(page).hasURL(Pattern.compile("step=2"));
        assertThat(page).hasURL(Pattern.compile("lang=es"));

        // The builder: its heading, and the length of the lesson's link with Spanish digit grouping (a full stop
        // every three digits, counted here from the link itself).
        open("/lesson/new?l=" + link + "&lang=es");
        assertThat(page.locator("h1")).hasText(es.plain("ui-builder-heading"));
        String chars = String.valueOf(link.length()).replaceAll("(\\d)(?=(\\d{3})+$)", "$1.");
        assertThat(page.locator("#link-length")).containsText("en " + chars + " caracteres");
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText(es.plain("ui-lesson-title")))
                .locator("input").fill("Una lección nueva");
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText(es.plain("ui-lesson-title")))
                .locator("input").press("Tab");
        idle();
        // The builder writes the new link into the address: wait until it is no longer the one opened.
        page.waitForURL(url -> url.contains("lang=es") && !url.contains(link));
        String written = java.net.URLDecoder.decode(page.url().replaceAll(".*[?&]l=([^&]*).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(LessonLink.decode(written).lesson().title()).isEqualTo("Una lección nueva");

        // The handout.
        open("/lesson/print?l=" + link + "&lang=es");
        assertThat(page.locator("#answer-key h2")).hasText(es.plain("ui-answer-key"));
        assertThat(page.locator("#handout-step-1 h2")).hasText("Paso 1: " + lesson.steps().get(0).title());

        // Pseudo-English: what is left unaccented is the teacher's lesson (titles, notes, questions), page links and ids.
        phone(360);
        open("/lesson?l=" + link + "&lang=en-XA");
        // A link into another language than this browser's last one loads the page anew: wait for the new page.
        assertThat(page.locator("#step-progress")).hasText(LessonText.of("class", Language.PSEUDO)
                .plain("ui-progress", Map.of("n", 1, "count", n)));
        assertThat(page.locator("html")).hasAttribute("lang", "en-XA");
        idle();
        @SuppressWarnings("unchecked")
        List<String> left = (List<String>) page.evaluate(UNACCENTED);
        List<String> teacher = new java.util.ArrayList<>(List.of(lesson.title(), "Glassbox"));
        lesson.steps().forEach(st -> {
            teacher.add(st.title());
            teacher.add(st.note());
            if (st.question() instanceof StepQuestion.OwnChoice o) {
                teacher.add(o.prompt());
                teacher.addAll(o.choices());
            }
        });
        System.out.println("unaccented on the pseudo-English player: " + left);
        assertThat(left.stream().filter(t -> teacher.stream().noneMatch(w -> !w.isBlank() && (w.contains(t) || t.contains(w))))
                .filter(t -> !t.startsWith("“")).toList()).isEmpty();
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .isEqualTo(true);
    }

    /** Sets a step's page in the builder and waits until the preview has shown it and listed its controls. */
    private void useView(String view) {
        page.locator("#view-link input").fill(view);
        page.locator("#view-link input").press("Enter");
        idle();
        assertThat(page.locator("#view-link input")).hasValue(view);
        assertThat(page.frameLocator("#step-preview").locator("main h1")).isVisible(FRAME);
    }

    /** Ticks the control {@code id} in the builder's hide or lock list, once the preview has listed it. */
    private void check(String group, String id) {
        Locator box = page.locator(group + " vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("(" + id + ")"));
        assertThat(box).hasCount(1);
        box.locator("input").check();
        idle();
    }

    private double fontSize(String selector) {
        return ((Number) page.evaluate("s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)", selector))
                .doubleValue();
    }

    /** The text of the QR code as the browser draws it (a screenshot of the image, read by ZXing). */
    private static String decode(Locator image) throws Exception {
        // The dialog fades and scales in: photograph the code once its image has loaded and no overlay is opening.
        image.page().waitForFunction("img => img.complete && img.naturalWidth > 0"
                + " && !document.querySelector('[opening]') && img.getAnimations({subtree: false}).length === 0",
                image.elementHandle());
        NotFoundException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return read(image);
            } catch (NotFoundException e) {
                last = e;
                image.page().waitForTimeout(250);
            }
        }
        throw last;
    }

    private static String read(Locator image) throws Exception {
        byte[] png = image.screenshot();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        int w = picture.getWidth(), h = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
