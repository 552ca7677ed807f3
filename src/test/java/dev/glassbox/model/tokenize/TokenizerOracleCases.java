package dev.glassbox.model.tokenize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The texts both oracle tests run: 2,500 sentences of Moby-Dick, then Unicode edge cases. */
final class TokenizerOracleCases {

    private TokenizerOracleCases() {
    }

    /** Public-domain text, one sentence a line (see src/test/resources/text/NOTICE.md). */
    static List<String> mobyDick() {
        try (InputStream in = TokenizerOracleCases.class.getResourceAsStream("/text/moby-dick-sentences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hand-picked cases where tokenizers usually disagree. */
    static List<String> edgeCases() {
        List<String> cases = new ArrayList<>(List.of(
                "",
                " ",
                "   leading and trailing   ",
                "Café naïve façade résumé coöperate Ångström São Paulo Dvořák",
                "e\u0301 a\u0300\u0323 combining marks: n\u0303 o\u0308\u0304 Z\u0335\u0321a\u0336lgo",
                "Hello 😀 world 👍🏽 family 👨‍👩‍👧‍👦 flag 🇩🇪 heart ❤️ keycap 1️⃣ new 🥲🫠",
                "中文分词很有趣。日本語のテキスト。한국어 텍스트. 㐀 𠀀 𪜀 𫝀 𫠠 𬺰 豈 丽",
                "العربية نص قصير. עברית טקסט קצר. Mixed العربية and English.",
                "tabs\there\tand\t\tthere\nnew\r\nlines\u000bvertical\u000cform\u0085next",
                "runs     of      spaces\u00a0no-break\u2003em\u3000ideographic\u2028line\u2029para",
                "zero\u200bwidth\u200cnon\u200djoiner\ufeffbom soft\u00adhyphen",
                "control \u0000 null \u0001 \u007f del \u009f c1 \ufffd replacement",
                "private \ue000 use \udb80\udc00 plane 15 unassigned \u0378 \ud83f\udffe",
                "numbers 3.14159 1,000,000 2026-11-26 12:30 $5 50% #1 1e-9 0x1F",
                "punctuation!?… «quotes» “curly” ‘single’ — en – dash ¿qué? ¡sí! @#$%^&*()_+-=[]{}|;:'\",.<>/?`~",
                "math ∑∫√∞≠≤≥ ± × ÷ arrows ←→↑↓ symbols ©®™ § ¶ † ‡ • ° ′ ″",
                "Greek ΑΒΓ αβγ ΟΔΥΣΣΕΥΣ Cyrillic Москва Ёлка Turkish İstanbul ıi Iİ",
                "ligatures ﬁ ﬂ ﬀ full-width ＡＢＣ１２３ circled ①② superscript x² H₂O",
                "Thai ภาษาไทย Hindi हिन्दी Tamil தமிழ் Georgian ქართული Armenian Հայերեն Ethiopic ግዕዝ",
                "special tokens [CLS] [SEP] [MASK] [PAD] [UNK] [unk] [cls][sep] x[MASK]y [MASK",
                "unbelievably antidisestablishmentarianism pneumonoultramicroscopicsilicovolcanoconiosis",
                "misspellings: teh recieve definately seperate wierd accomodate",
                "URLs https://example.com/path?q=1&r=2 and emails someone@example.org",
                "code: for (int i = 0; i < n; i++) { x[i] += y[i] * 2; } // done",
                "don't won't it's we'll they've I'm you'd DON'T IT'S",
                "a".repeat(99),
                "a".repeat(100),
                "a".repeat(101),
                "xyz".repeat(40),
                "😀".repeat(101),
                "é".repeat(101),
                "Supercalifragilisticexpialidocious ".repeat(10),
                "\t \n \r ",
                "...",
                "'''",
                "Ġ ġ Ċ ĉ bytes-look-alike",
                "mixedCASE camelCase snake_case kebab-case SCREAMING_CASE"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            many.append("😀");
        }
        cases.add(many.toString());
        return cases;
    }
}
