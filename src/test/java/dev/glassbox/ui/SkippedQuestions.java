package dev.glassbox.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * For the browser tests of a lesson's figures, which predict-then-check questions would hide: every question is shown
 * without answering as soon as it appears, as a learner may do with "Show without answering". The questions
 * themselves are tested in {@code QuestionIT} and {@code LessonQuestionsIT}.
 */
final class SkippedQuestions {

    private SkippedQuestions() {
    }

    /** Installs the handler on {@code page}; {@code idle} waits until the server has answered the click. */
    static void install(Page page, Runnable idle) {
        Locator show = page.locator("[id^='question-'][id$='-show']:visible");
        // Playwright calls the handler whenever the button is visible before an action or an assertion
        page.addLocatorHandler(show.first(), button -> {
            button.click();
            idle.run();
        }, new Page.AddLocatorHandlerOptions().setNoWaitAfter(true));
    }
}
