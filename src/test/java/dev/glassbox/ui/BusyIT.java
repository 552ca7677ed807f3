package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.glassbox.compute.Compute;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A lesson on a full server: it says so, keeps the learner's link, and shows the lesson by itself once there is
 * room; a learner who sends sentences faster than their share is told to wait, and their sentence goes on by itself.
 */
@TestPropertySource(properties = {"glassbox.compute.threads=1", "glassbox.compute.queue=0",
        "glassbox.compute.retry-after=1s", "glassbox.limits.sentences-per-minute=6"})
class BusyIT extends ModelBrowserTest {

    private static final String BUSY = "The server is busy — trying again in a moment.";

    @Autowired
    Compute compute;

    /** Another run holding the one model thread until closed. */
    private final class Held implements AutoCloseable {
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<String> run;

        Held() throws InterruptedException {
            CountDownLatch started = new CountDownLatch(1);
            run = CompletableFuture.supplyAsync(() -> compute.run(() -> {
                started.countDown();
                release.await();
                return "done";
            }));
            org.assertj.core.api.Assertions.assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            org.assertj.core.api.Assertions.assertThat(run.get(1, TimeUnit.MINUTES)).isEqualTo("done");
        }
    }

    @Test
    void a_lesson_on_a_full_server_says_busy_then_shows_the_learners_sentence_by_itself() throws Exception {
        try (Held held = new Held()) {
            open("/lstm?s=" + encode("Call me Ishmael."));
            assertThat(page.locator("#busy-notice")).hasText(BUSY);
            assertThat(page.locator("#busy-notice")).hasAttribute("role", "alert");
            assertThat(page.locator("#lstm-result")).hasCount(0);
            screenshot("busy");
        }
        assertThat(page.locator("#lstm-result")).isVisible();
        assertThat(page.locator("#sentence input")).hasValue("Call me Ishmael.");
        assertThat(page.locator("#busy-notice")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*/lstm\\?s=Call(%20|\\+)me(%20|\\+)Ishmael\\.$"));
    }

    @Test
    void generation_on_a_full_server_says_busy_and_writes_by_itself_once_there_is_room() throws Exception {
        try (Held held = new Held()) {
            open("/generate?s=" + encode("Call me") + "&steps=5");
            assertThat(page.locator("#generate-notice")).hasText(BUSY);
            assertThat(page.locator("#sentence input")).hasValue("Call me");
            assertThat(page.locator("#generated-text .gb-gen-char")).hasCount(0);
        }
        assertThat(page.locator("#generated-text .gb-gen-char")).hasCount(5);
        assertThat(page.locator("#generate-notice")).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*/generate\\?s=Call(%20|\\+)me&steps=5$"));
    }

    @Test
    void a_fold_opened_on_a_full_server_says_busy_in_the_fold_then_fills_in_by_itself() throws Exception {
        open("/attention");
        assertThat(page.locator("#pronoun")).isVisible();
        try (Held held = new Held()) {
            page.locator("#fold-pairs vaadin-details-summary").click();
            assertThat(page.locator("#fold-busy-pairs")).hasText(BUSY);
            assertThat(page.locator("#pronoun")).isVisible(); // the rest of the lesson stays
        }
        assertThat(page).hasURL(Pattern.compile(".*open=pairs.*"));
        // Four sentences through the encoder on one thread: give a busy machine time (it returns once visible).
        assertThat(page.locator("#pronoun-pairs")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
    }

    @Test
    void a_sentence_beyond_the_learners_share_waits_then_goes_on_by_itself() {
        open("/generate?s=a");
        for (int i = 1; i <= 6; i++) {
            typeSentence("sentence " + i);
            assertThat(page).hasURL(Pattern.compile(".*s=sentence(%20|\\+)" + i + ".*"));
        }
        typeSentence("sentence 7");
        assertThat(page.locator("#generate-notice")).containsText(
                "That is many sentences in a short time: this server takes at most 6 a minute from one learner.");
        assertThat(page).hasURL(Pattern.compile(".*s=sentence(%20|\\+)6.*"));
        screenshot("sentence-limit");

        // 6 a minute refill one every 10 s: the seventh goes on by itself within that.
        assertThat(page).hasURL(Pattern.compile(".*s=sentence(%20|\\+)7.*"));
        assertThat(page.locator("#sentence input")).hasValue("sentence 7");
    }
}
