package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.Map;

/**
 * A formula, drawn as native MathML (Chromium, Firefox and Safari render it; no library). Written in a small TeX-like
 * syntax:
 * <ul>
 *   <li>{@code x_t}, {@code h_{t-1}}, {@code x^2}, {@code e^{-x}}: sub- and superscripts (one character, one command or a
 *   {@code {group}});</li>
 *   <li>{@code \frac{a}{b}}, {@code \sqrt{n}}, {@code \bar{x}}, {@code \hat{y}}, {@code \text{any words}};</li>
 *   <li>{@code \mu \sigma \Phi \sum \cdot \times \le \ge \approx \odot \to \infty …} (see {@link #SYMBOLS}), or the
 *   Unicode character itself (μ, σ, ·);</li>
 *   <li>a single letter is a variable (italic); a run of two or more letters is a name ({@code softmax}, {@code tanh},
 *   {@code LayerNorm}) — so write {@code W x}, not {@code Wx}, for a product;</li>
 *   <li>{@code -} is drawn as a minus sign; spaces only separate.</li>
 * </ul>
 * A formula that cannot be read is a programming error and fails loudly when the view is built, never in front of a
 * learner unnoticed.
 */
@Tag("math")
public class Formula extends Component {

    static final String NAMESPACE = "http://www.w3.org/1998/Math/MathML";

    /** Commands and the characters they stand for. */
    static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("phi", "φ"), Map.entry("Phi", "Φ"), Map.entry("Sigma", "Σ"), Map.entry("Delta", "Δ"),
            Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("cdot", "·"), Map.entry("times", "×"),
            Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("ne", "≠"), Map.entry("approx", "≈"),
            Map.entry("odot", "⊙"), Map.entry("to", "→"), Map.entry("infty", "∞"), Map.entry("pm", "±"),
            Map.entry("in", "∈"), Map.entry("ldots", "…"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"));

    private static final Map<String, String> ACCENTS = Map.of("bar", "¯", "hat", "^", "tilde", "~", "vec", "→");

    private final String source;

    /** An inline formula. */
    public Formula(String source) {
        this(source, false);
    }

    /** A formula; {@code block} draws it on a line of its own, centred. */
    public Formula(String source, boolean block) {
        this.source = source;
        getElement().setAttribute("xmlns", NAMESPACE);
        if (block) {
            getElement().setAttribute("display", "block");
        }
        Element row = new Parser(source).parse();
        getElement().appendChild(row);
        getElement().setAttribute("aria-label", source);
        addClassName("gb-formula");
    }

    /** The source the formula was written in. */
    public String source() {
        return source;
    }

    static Element node(String tag) {
        Element e = new Element(tag);
        e.setAttribute("xmlns", NAMESPACE);
        return e;
    }

    static Element node(String tag, String text) {
        Element e = node(tag);
        e.setText(text);
        return e;
    }

    /** A recursive-descent reader of the syntax above. */
    static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Element parse() {
            Element row = sequence();
            if (i < s.length()) {
                throw error("an unmatched }");
            }
            return row;
        }

        /** Atoms (each with its scripts) up to the end or a closing brace. */
        private Element sequence() {
            Element row = node("mrow");
            while (true) {
                skipSpaces();
                if (i >= s.length() || s.charAt(i) == '}') {
                    return row;
                }
                row.appendChild(scripted(atom()));
            }
        }

        private Element scripted(Element base) {
            Element sub = null;
            Element sup = null;
            while (true) {
                skipSpaces();
                if (i < s.length() && s.charAt(i) == '_' && sub == null) {
                    i++;
                    sub = argument();
                } else if (i < s.length() && s.charAt(i) == '^' && sup == null) {
                    i++;
                    sup = argument();
                } else {
                    break;
                }
            }
            if (sub != null && sup != null) {
                return wrap("msubsup", base, sub, sup);
            }
            if (sub != null) {
                return wrap("msub", base, sub);
            }
            return sup != null ? wrap("msup", base, sup) : base;
        }

        private static Element wrap(String tag, Element... children) {
            Element e = node(tag);
            for (Element c : children) {
                e.appendChild(c);
            }
            return e;
        }

        /** A {group} or a single atom. */
        private Element argument() {
            skipSpaces();
            if (i >= s.length()) {
                throw error("a missing argument");
            }
            return atom();
        }

        private Element group() {
            i++; // {
            Element row = sequence();
            if (i >= s.length()) {
                throw error("a missing }");
            }
            i++; // }
            return row;
        }

        private Element atom() {
            char c = s.charAt(i);
            if (c == '{') {
                return group();
            }
            if (c == '\\') {
                return command();
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                return node("mn", s.substring(start, i));
            }
            if (isAsciiLetter(c)) {
                int start = i;
                while (i < s.length() && isAsciiLetter(s.charAt(i))) {
                    i++;
                }
                return node("mi", s.substring(start, i));
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            if (Character.isLetter(cp)) {
                return node("mi", ch);
            }
            return node("mo", c == '-' ? "−" : ch);
        }

        private Element command() {
            i++; // backslash
            int start = i;
            while (i < s.length() && isAsciiLetter(s.charAt(i))) {
                i++;
            }
            String name = s.substring(start, i);
            if (name.isEmpty()) {
                if (i < s.length()) {
                    return node("mo", String.valueOf(s.charAt(i++)));
                }
                throw error("a lone backslash");
            }
            switch (name) {
                case "frac" -> {
                    return wrap("mfrac", argument(), argument());
                }
                case "sqrt" -> {
                    return wrap("msqrt", argument());
                }
                case "text" -> {
                    skipSpaces();
                    if (i >= s.length() || s.charAt(i) != '{') {
                        throw error("\\text without {");
                    }
                    int close = s.indexOf('}', i);
                    if (close < 0) {
                        throw error("a missing }");
                    }
                    Element t = node("mtext", s.substring(i + 1, close));
                    i = close + 1;
                    return t;
                }
                default -> {
                    if (ACCENTS.containsKey(name)) {
                        Element over = wrap("mover", argument(), node("mo", ACCENTS.get(name)));
                        over.setAttribute("accent", "true");
                        return over;
                    }
                    String symbol = SYMBOLS.get(name);
                    if (symbol == null) {
                        throw error("the unknown command \\" + name);
                    }
                    return node(Character.isLetter(symbol.codePointAt(0)) ? "mi" : "mo", symbol);
                }
            }
        }

        private void skipSpaces() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Formula \"" + s + "\" has " + what + " at " + i);
        }
    }
}
