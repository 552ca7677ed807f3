package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The generation lesson's sentences that carry numbers: each is built from the model's values for the learner's
 * prompt and settings, never typed (the fixed prose is in {@code lessons/generate/text.md}).
 */
final class GenerateSentences {

    /** How many kept characters a sentence names one by one. */
    private static final int NAMED = 5;

    private GenerateSentences() {
    }

    /** A character as the lesson writes it in a sentence: a space as ␣, the unknown character as �. */
    static String show(String symbol) {
        return symbol.equals(" ") ? "␣" : symbol;
    }

    static String quoted(String symbol) {
        return Texts.generate("quoted", "c", show(symbol));
    }

    static String number(double x) {
        return Summaries.number(x);
    }

    /** What the prompt is to the model: its length, and every character it does not know. */
    static String prompt(String prompt, CharVocabulary vocabulary, int context) {
        int length = prompt.codePointCount(0, prompt.length());
        Set<String> unknown = new LinkedHashSet<>();
        prompt.codePoints().filter(cp -> vocabulary.indexOf(cp) == CharVocabulary.UNKNOWN)
                .forEach(cp -> unknown.add(Character.toString(cp)));
        long count = prompt.codePoints().filter(cp -> vocabulary.indexOf(cp) == CharVocabulary.UNKNOWN).count();
        String s = Texts.generate(length == 1 ? "prompt-one" : "prompt-other", "n", length, "context", context);
        if (count > 0) {
            s += " " + Texts.generate(count == 1 ? "prompt-unknown-one" : "prompt-unknown-other", "n", count,
                    "known", vocabulary.size() - 1,
                    "characters", unknown.stream().map(c -> Texts.generate("quoted", "c", c)).collect(Collectors.joining(", ")),
                    "unknown", CharVocabulary.UNKNOWN_LABEL);
        }
        return s;
    }

    /** The top character's probability at τ = 0.5, 1 and 2 and at the learner's τ: what temperature does here. */
    static String temperature(GenerateDistribution d, float[] logits) {
        GenerateDistribution.Row top = d.top();
        double tau = d.sampling().temperature();
        String name = tau == 0 ? "temperature-sentence-greedy"
                : tau != 1 && tau != 0.5 && tau != 2 ? "temperature-sentence-yours" : "temperature-sentence";
        return Texts.generate(name, "c", quoted(top.symbol()), "p", number(top.model()),
                "half", number(at(0.5, logits, top.id())), "two", number(at(2, logits, top.id())),
                "tau", PageLanguage.decimals(GenerateState.plain(tau)), "yours", number(top.tempered()));
    }

    private static double at(double tau, float[] logits, int id) {
        return new Sampling(tau, 0, 1).probabilities(logits)[id];
    }

    /** Which characters stay, which rule cut the others, and the renormalisation. */
    static String kept(GenerateDistribution d) {
        Sampling s = d.sampling();
        int all = d.rows().size();
        if (s.temperature() == 0) {
            return Texts.generate("kept-greedy", "c", quoted(d.top().symbol()), "others", all - 1);
        }
        List<String> parts = new ArrayList<>();
        if (s.topK() > 0) {
            parts.add(Texts.generate("kept-top-k", "k", s.topK(), "n", d.cutBy(GenerateDistribution.Cut.TOP_K)));
        }
        if (s.topP() < 1) {
            parts.add(Texts.generate("kept-top-p", "p", PageLanguage.decimals(GenerateState.plain(s.topP())),
                    "n", d.cutBy(GenerateDistribution.Cut.TOP_P)));
        }
        if (d.kept() == all) {
            return parts.isEmpty() ? Texts.generate("kept-nothing", "n", all)
                    : Texts.generate("kept-nothing-rules", "n", all, "rules", Texts.list(parts));
        }
        List<String> names = d.candidates().stream().limit(NAMED)
                .map(c -> quoted(d.row(c.id()).symbol())).toList();
        return Texts.generate(d.kept() == 1 ? "kept-one" : "kept-other", "rules", Texts.list(parts), "n", d.kept(),
                "all", all, "names", String.join(", ", names) + (d.kept() > NAMED ? ", …" : ""), "mass", number(d.mass()));
    }

    /** How the seeded generator's number u picked the character of step {@code step} (1-based). */
    static String draw(GenerateDistribution d, double u, int step, long seed) {
        GenerateDistribution.Row chosen = d.row(d.chosen());
        double[] slice = d.slice(chosen.id());
        return Texts.generate(d.kept() == 1 ? "draw-one" : "draw", "step", step, "seed", seed, "ordinal", ordinal(step),
                "u", number(u), "c", quoted(chosen.symbol()), "kept", d.kept(), "from", number(slice[0]),
                "to", number(slice[1]), "p", number(chosen.drawn()));
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String form = mod100 >= 11 && mod100 <= 13 ? "other" : switch (n % 10) {
            case 1 -> "1";
            case 2 -> "2";
            case 3 -> "3";
            default -> "other";
        };
        return Texts.generate("ordinal-" + form, "n", n);
    }

    /** Whether the written text repeats itself, and how much of it one piece fills. */
    static String repeat(List<String> written) {
        if (written.size() < GenerateRepeat.MIN_PIECE * GenerateRepeat.LOOP_REPEATS) {
            return "";
        }
        GenerateRepeat r = GenerateRepeat.of(written);
        String piece = r.kind() == GenerateRepeat.Kind.NONE ? "" : Texts.generate("quoted", "c", r.piece(written).replace(" ", "␣"));
        int n = written.size();
        return switch (r.kind()) {
            case LOOP -> Texts.generate("repeat-loop", "start", r.start() + 1, "piece", piece,
                    "length", characters(r.length()), "copies", r.copies());
            case OFTEN -> Texts.generate("repeat-often", "piece", piece, "length", characters(r.length()),
                    "copies", r.copies(), "filled", r.filled(), "n", n, "percent", Math.round(100.0 * r.filled() / n));
            case NONE -> Texts.generate("repeat-none", "min", GenerateRepeat.MIN_PIECE, "times", GenerateRepeat.LOOP_REPEATS,
                    "n", n);
        };
    }

    private static String characters(int n) {
        return n == 1 ? Texts.generate("characters-one") : Texts.generate("characters-other", "n", n);
    }

    /** Where the writing stands. */
    static String status(boolean started, int written, int asked, GeneratePlay playing, int shown) {
        if (!started) {
            return Texts.generate("status-reading");
        }
        if (playing != null) {
            return Texts.generate("status-playing", "done", written - playing.from(), "total", playing.to() - playing.from());
        }
        if (written < asked) {
            return Texts.generate("status-replaying", "written", written, "asked", asked);
        }
        if (written == 0) {
            return Texts.generate("status-nothing");
        }
        String name = written == Sampling.MAX_STEPS ? "status-full" : written == 1 ? "status-one" : "status-other";
        return Texts.generate(name, "written", written, "max", Sampling.MAX_STEPS, "shown", shown);
    }

    /** After a change of settings: how much of the text came out the same from the same seed. */
    static String rewritten(List<String> before, List<String> after) {
        int same = 0;
        while (same < before.size() && same < after.size() && before.get(same).equals(after.get(same))) {
            same++;
        }
        int n = after.size();
        if (same == n) {
            return n == 1 ? Texts.generate("rewritten-all-one") : Texts.generate("rewritten-all", "n", n);
        }
        return same == 0 ? Texts.generate("rewritten-first")
                : Texts.generate("rewritten-some", "same", characters(same), "before", quoted(before.get(same)),
                        "after", quoted(after.get(same)));
    }

    /** Past the context, what the model reads. */
    static String context(int promptLength, int written, int context) {
        int total = promptLength + written;
        if (total <= context + 1) {
            return "";
        }
        return Texts.generate("context-sentence", "total", total, "context", context, "from", context + 2);
    }
}
