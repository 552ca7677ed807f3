package dev.glassbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void frame_ancestors_default_to_this_origin_only() {
        assertThat(new SecurityHeaders("'self'", 1).policy()).endsWith("; frame-ancestors 'self'");
    }

    @Test
    void a_configured_learning_platform_is_added_to_frame_ancestors() {
        assertThat(new SecurityHeaders(" 'self' https://moodle.school.example ", 1).policy())
                .endsWith("; frame-ancestors 'self' https://moodle.school.example");
    }

    @Test
    void a_setting_that_would_add_another_directive_is_refused_at_start() {
        assertThatThrownBy(() -> new SecurityHeaders("'self'; script-src https://evil.example", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("glassbox.http.frame-ancestors");
        assertThatThrownBy(() -> new SecurityHeaders("", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
