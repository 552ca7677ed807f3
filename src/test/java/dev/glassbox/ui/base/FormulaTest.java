package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

/** The MathML written for each piece of the formula syntax, compared with the MathML Core elements it should use. */
class FormulaTest {

    /** The tree as tags and text, without the namespace attributes, e.g. {@code mrow(msub(mi:h,mrow(mi:t,mo:−,mn:1)))}. */
    private static String shape(Element e) {
        StringBuilder out = new StringBuilder(e.getTag());
        if (e.getChildCount() == 1 && e.getChild(0).isTextNode()) {
            return out.append(':').append(e.getText()).toString();
        }
        out.append('(');
        for (int i = 0; i < e.getChildCount(); i++) {
            out.append(i == 0 ? "" : ",").append(shape(e.getChild(i)));
        }
        return out.append(')').toString();
    }

    private static String shape(String source) {
        return shape(new Formula(source).getElement().getChild(0));
    }

    @Test
    void subscripts_group_and_minus_becomes_a_minus_sign() {
        assertThat(shape("h_{t-1}")).isEqualTo("mrow(msub(mi:h,mrow(mi:t,mo:−,mn:1)))");
    }

    @Test
    void a_fraction_of_greek_letters() {
        assertThat(shape("z = \\frac{x - \\mu}{\\sigma}"))
                .isEqualTo("mrow(mi:z,mo:=,mfrac(mrow(mi:x,mo:−,mi:μ),mrow(mi:σ)))");
    }

    @Test
    void a_run_of_letters_is_one_name_and_scripts_combine() {
        assertThat(shape("softmax(x_i^2)")).isEqualTo("mrow(mi:softmax,mo:(,msubsup(mi:x,mi:i,mn:2),mo:))");
    }

    @Test
    void accents_roots_and_text() {
        assertThat(shape("\\bar{x} \\sqrt{n} \\text{if any}"))
                .isEqualTo("mrow(mover(mrow(mi:x),mo:¯),msqrt(mrow(mi:n)),mtext:if any)");
    }

    @Test
    void every_element_is_in_the_mathml_namespace() {
        Formula f = new Formula("a_1");
        assertThat(f.getElement().getTag()).isEqualTo("math");
        assertThat(f.getElement().getAttribute("xmlns")).isEqualTo(Formula.NAMESPACE);
        assertThat(f.getElement().getChild(0).getChild(0).getAttribute("xmlns")).isEqualTo(Formula.NAMESPACE);
    }

    @Test
    void a_broken_formula_fails_loudly() {
        assertThatThrownBy(() -> new Formula("\\frac{a}")).hasMessageContaining("missing");
        assertThatThrownBy(() -> new Formula("\\nosuch")).hasMessageContaining("unknown command");
        assertThatThrownBy(() -> new Formula("a}")).hasMessageContaining("unmatched");
    }
}
