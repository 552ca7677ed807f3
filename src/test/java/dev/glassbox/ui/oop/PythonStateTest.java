package dev.glassbox.ui.oop;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.oop.CodeLink;
import dev.glassbox.model.oop.PythonLessons;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A Python lesson's link: what a state writes, it reads back unchanged; a bad link gets sentences, not an error. */
class PythonStateTest {

    private static final Set<String> FOLDS = Set.of("lookup");

    @Test
    void a_state_survives_its_own_link() {
        String code = "class Bird:\n    sound = 'tweet'\n";
        PythonState state = new PythonState("A sentence.", 2, code, Folds.NONE.with("lookup", true));
        QueryParameters query = state.toQuery();
        Parsed<PythonState> back = PythonState.parse(query, PythonLessons.OBJECTS, FOLDS);
        assertThat(back.problems()).isEmpty();
        assertThat(back.state()).isEqualTo(state);
        assertThat(query.getQueryString()).contains("x=2", "open=lookup", "c=" + CodeLink.encode(code));
    }

    @Test
    void the_lessons_own_code_and_the_first_task_stay_out_of_the_link() {
        PythonState state = new PythonState(null, 0, null, Folds.NONE)
                .withCode(PythonLessons.OBJECTS.example(), PythonLessons.OBJECTS);
        assertThat(state.toQuery().getQueryString()).isEmpty();
        assertThat(PythonState.parse(state.toQuery(), PythonLessons.OBJECTS, FOLDS).state()).isEqualTo(state);
    }

    @Test
    void a_bad_link_keeps_what_it_can_and_says_what_it_could_not() {
        QueryParameters query = QueryParameters.fromString("x=99&c=not-a-real-link!&open=lookup,nonsense");
        Parsed<PythonState> parsed = PythonState.parse(query, PythonLessons.OBJECTS, FOLDS);
        assertThat(parsed.state().task()).isZero();
        assertThat(parsed.state().code()).isNull();
        assertThat(parsed.state().folds().open()).containsExactly("lookup");
        assertThat(parsed.problems()).hasSize(2).anySatisfy(p -> assertThat(p).contains("could not be read"));
    }

    @Test
    void choosing_a_task_drops_the_code_but_keeps_the_folds() {
        PythonState state = new PythonState(null, 1, "x = 1", Folds.NONE.with("lookup", true)).withTask(2);
        assertThat(state.code()).isNull();
        assertThat(state.folds().isOpen("lookup")).isTrue();
    }
}
