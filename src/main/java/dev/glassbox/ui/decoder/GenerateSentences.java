package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharVocabulary;
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
        return "“" + show(symbol) + "”";
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
        String s = "Your prompt is " + length + (length == 1 ? " character" : " characters") + " (the model reads at most "
                + context + " at once).";
        if (count > 0) {
            s += " " + count + (count == 1 ? " of them is" : " of them are") + " not among the " + (vocabulary.size() - 1)
                    + " characters the model knows (" + unknown.stream().map(c -> "“" + c + "”")
                    .collect(Collectors.joining(", ")) + "); it reads " + (count == 1 ? "it" : "each")
                    + " as the unknown character " + CharVocabulary.UNKNOWN_LABEL + ", shown as such below.";
        }
        return s;
    }

    /** The top character's probability at τ = 0.5, 1 and 2 and at the learner's τ: what temperature does here. */
    static String temperature(GenerateDistribution d, float[] logits) {
        GenerateDistribution.Row top = d.top();
        double tau = d.sampling().temperature();
        StringBuilder s = new StringBuilder("At this step the most likely character is " + quoted(top.symbol())
                + ": the model gives it " + number(top.model()) + " (τ = 1)");
        s.append(", at τ = 0.5 it has ").append(number(at(0.5, logits, top.id())))
                .append(" and at τ = 2 it has ").append(number(at(2, logits, top.id())));
        if (tau == 0) {
            s.append("; at your τ = 0 it has 1: greedy, always this one.");
        } else if (tau != 1 && tau != 0.5 && tau != 2) {
            s.append("; at your τ = ").append(GenerateState.plain(tau)).append(" it has ").append(number(top.tempered()))
                    .append('.');
        } else {
            s.append('.');
        }
        return s.toString();
    }

    private static double at(double tau, float[] logits, int id) {
        return new Sampling(tau, 0, 1).probabilities(logits)[id];
    }

    /** Which characters stay, which rule cut the others, and the renormalisation. */
    static String kept(GenerateDistribution d) {
        Sampling s = d.sampling();
        int all = d.rows().size();
        if (s.temperature() == 0) {
            return "τ = 0 is greedy: only " + quoted(d.top().symbol()) + ", the most likely character, is kept, "
                    + "with probability 1; the other " + (all - 1) + " are cut.";
        }
        List<String> parts = new ArrayList<>();
        if (s.topK() > 0) {
            parts.add("top-k = " + s.topK() + " cuts " + d.cutBy(GenerateDistribution.Cut.TOP_K));
        }
        if (s.topP() < 1) {
            parts.add("top-p = " + GenerateState.plain(s.topP()) + " cuts " + d.cutBy(GenerateDistribution.Cut.TOP_P));
        }
        if (d.kept() == all) {
            return "Nothing is cut: all " + all + " characters stay" + (parts.isEmpty() ? "" : " (" + String.join(
                    " and ", parts) + ")") + ", so renormalising changes nothing.";
        }
        List<String> names = d.candidates().stream().limit(NAMED)
                .map(c -> quoted(d.row(c.id()).symbol())).toList();
        return String.join(" and ", parts) + ": " + d.kept() + " of " + all + (d.kept() == 1 ? " character stays (" :
                " characters stay (") + String.join(", ", names) + (d.kept() > NAMED ? ", …" : "") + "). Together they held "
                + number(d.mass()) + " of the probability (after τ); each is divided by " + number(d.mass())
                + " so that they sum to 1 again.";
    }

    /** How the seeded generator's number u picked the character of step {@code step} (1-based). */
    static String draw(GenerateDistribution d, double u, int step, long seed) {
        GenerateDistribution.Row chosen = d.row(d.chosen());
        double[] slice = d.slice(chosen.id());
        String how = d.kept() == 1 ? " Only one character is kept, so whatever u is, " + quoted(chosen.symbol())
                + " is written."
                : " Laid end to end in the list's order, the " + d.kept() + " kept characters fill [0, 1) with slices as "
                        + "wide as their probabilities; u fell in " + quoted(chosen.symbol()) + "’s slice ["
                        + number(slice[0]) + ", " + number(slice[1]) + "), so " + quoted(chosen.symbol())
                        + " was written (probability " + number(chosen.drawn()) + ").";
        return "For character " + step + " the generator seeded with " + seed + " gave its " + ordinal(step)
                + " number, u = " + number(u) + "." + how;
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** Whether the written text repeats itself, and how much of it one piece fills. */
    static String repeat(List<String> written) {
        if (written.size() < GenerateRepeat.MIN_PIECE * GenerateRepeat.LOOP_REPEATS) {
            return "";
        }
        GenerateRepeat r = GenerateRepeat.of(written);
        String piece = r.kind() == GenerateRepeat.Kind.NONE ? "" : "“" + r.piece(written).replace(" ", "␣") + "”";
        int n = written.size();
        return switch (r.kind()) {
            case LOOP -> "This text is stuck in a loop: from written character " + (r.start() + 1) + " on it repeats "
                    + piece + " (" + characters(r.length()) + ") " + r.copies() + " times in a row, to the end.";
            case OFTEN -> "The piece written most often is " + piece + " (" + characters(r.length()) + "): "
                    + r.copies() + " times, filling " + r.filled() + " of these " + n + " characters ("
                    + Math.round(100.0 * r.filled() / n) + "%).";
            case NONE -> "No piece of " + GenerateRepeat.MIN_PIECE + " or more characters is written "
                    + GenerateRepeat.LOOP_REPEATS + " times in these " + n + " characters.";
        };
    }

    private static String characters(int n) {
        return n == 1 ? "1 character" : n + " characters";
    }

    /** Where the writing stands. */
    static String status(boolean started, int written, int asked, GeneratePlay playing, int shown) {
        if (!started) {
            return "Reading your prompt…";
        }
        if (playing != null) {
            return "Playing: " + (written - playing.from()) + " of " + (playing.to() - playing.from())
                    + " characters written…";
        }
        if (written < asked) {
            return "Writing the text again from the link: " + written + " of " + asked + " characters…";
        }
        if (written == 0) {
            return "Nothing written yet: press Step or Play.";
        }
        return characters(written) + " written" + (written == Sampling.MAX_STEPS ? ", the most a text holds here"
                : " (a text holds at most " + Sampling.MAX_STEPS + ")") + "; showing the distribution of character "
                + shown + ".";
    }

    /** After a change of settings: how much of the text came out the same from the same seed. */
    static String rewritten(List<String> before, List<String> after) {
        int same = 0;
        while (same < before.size() && same < after.size() && before.get(same).equals(after.get(same))) {
            same++;
        }
        int n = after.size();
        if (same == n) {
            return "Rewritten from the same seed with the new settings: " + (n == 1 ? "the one character"
                    : "all " + n + " characters") + " came out the same.";
        }
        return "Rewritten from the same seed with the new settings: " + (same == 0 ? "already the first character differs"
                : "the first " + characters(same) + " came out the same, then " + quoted(before.get(same)) + " became "
                + quoted(after.get(same))) + ". The same seed gives the same numbers u; other settings can turn the same "
                + "u into another character, and from there the text goes its own way.";
    }

    /** Past the context, what the model reads. */
    static String context(int promptLength, int written, int context) {
        int total = promptLength + written;
        if (total <= context + 1) {
            return "";
        }
        return "The text is " + total + " characters long, more than the " + context + " the model reads at once: "
                + "from character " + (context + 2) + " on, each was predicted from only the " + context
                + " characters just before it; what came before those no longer counts.";
    }
}
