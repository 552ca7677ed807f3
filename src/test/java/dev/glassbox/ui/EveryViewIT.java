package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks every view must pass: a new, longer sentence, a phone's width, and 200 % zoom. */
class EveryViewIT extends ModelBrowserTest {

    /** The views with a sentence field. */
    private static final List<String> SENTENCE_VIEWS = List.of("/", "/tokens", "/embeddings", "/attention", "/encoder",
            "/decoder", "/generate", "/lstm", "/zscores");

    /** Every view. */
    static final List<String> VIEWS = List.of("/", "/tokens", "/embeddings", "/positions", "/attention",
            "/encoder", "/decoder", "/generate", "/translate", "/lstm", "/zscores", "/normal", "/python/objects", "/python/encapsulation",
            "/python/abstraction", "/python/inheritance");

    private static final String LONGER = "The animal didn't cross the street because it was too tired and hungry after "
            + "walking all day.";

    /** What an error page says (Vaadin's, or an exception's message) — never what a lesson says. */
    private static final Pattern BROKEN = Pattern.compile("(?i)there was an exception|out of bounds|internal error|could not navigate");

    @Test
    void every_view_with_a_sentence_takes_a_longer_new_one() {
        List<String> failures = new ArrayList<>();
        for (String view : SENTENCE_VIEWS) {
            pageErrors.clear();
            open(view);
            typeSentence(LONGER);
            try {
                assertThat(page.locator("#sentence input")).hasValue(LONGER);
                assertThat(page.locator("#current-sentence")).hasText("“" + LONGER + "”");
                Matcher broken = BROKEN.matcher(page.locator("vaadin-app-layout").innerText());
                if (broken.find()) {
                    throw new AssertionError("the page says “" + broken.group() + "”");
                }
                assertThat(page).hasURL(Pattern.compile(".*[?&]s=The(%20|\\+)animal.*"));
                assertThat(pageErrors).isEmpty();
            } catch (AssertionError e) {
                screenshot("longer-sentence" + view.replace('/', '-'));
                failures.add(view + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        assertThat(failures).as("views that broke on a longer new sentence").isEmpty();
    }

    @Test
    void no_view_makes_a_phone_or_200_percent_zoom_scroll_sideways() {
        List<String> failures = new ArrayList<>();
        // 390 and 360 px: phones; 640 px: a 1280 px window at 200 % zoom (the CSS viewport it leaves).
        for (int width : List.of(390, 360, 640)) {
            phone(width);
            // At the smallest width also in pseudo-English, which makes every lesson file's word longer (accents,
            // doubled vowels): a layout that clips or overflows there would in a longer language too.
            List<String> paths = new ArrayList<>(VIEWS);
            if (width == 360) {
                VIEWS.forEach(v -> paths.add(v + "?lang=en-XA"));
            }
            for (String view : paths) {
                open(view);
                // Views that need the model fill in once it answers; wait for the lesson to settle.
                page.waitForTimeout(300);
                idle();
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) page.evaluate("""
                        () => {
                          const main = document.querySelector('vaadin-app-layout > :not([slot])');
                          const wide = [];
                          if (main) {
                            for (const e of main.querySelectorAll('*')) {
                              const r = e.getBoundingClientRect();
                              if (r.right > innerWidth + 1 && r.width > 0) {
                                let clipped = false;
                                for (let a = e.parentElement; a && a !== main; a = a.parentElement) {
                                  const o = getComputedStyle(a).overflowX;
                                  if (o !== 'visible') { clipped = true; break; }
                                }
                                if (!clipped) wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                                    + (e.className && e.className.baseVal === undefined && e.className ? '.' + String(e.className).split(' ')[0] : '')
                                    + ' “' + (e.textContent || '').trim().slice(0, 30) + '”');
                              }
                            }
                          }
                          return {page: document.documentElement.scrollWidth, inner: innerWidth,
                                  main: main ? main.scrollWidth : 0, mainBox: main ? main.clientWidth : 0,
                                  wide: wide.slice(0, 5).join(', ')};
                        }""");
                int scroll = ((Number) m.get("page")).intValue();
                int inner = ((Number) m.get("inner")).intValue();
                int mainScroll = ((Number) m.get("main")).intValue();
                int mainBox = ((Number) m.get("mainBox")).intValue();
                if (scroll > inner || mainScroll > mainBox + 1) {
                    screenshot("phone-" + width + view.replace('/', '-').replace('?', '-'));
                    failures.add(view + " at " + width + " px: page " + scroll + " px, lesson " + mainScroll + " px in "
                            + mainBox + " px; too wide: " + m.get("wide"));
                }
            }
        }
        assertThat(failures).as("views that scroll sideways on a phone or at 200 % zoom").isEmpty();
    }
}
