package dev.glassbox.model.tokenize;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import dev.glassbox.model.text.CharacterName;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPT-2's byte-level byte-pair encoding (BPE) with the r50k_base ranks (50,257 tokens).
 *
 * <p>Steps:
 * <ol>
 *   <li>pre-tokenise with GPT-2's pattern {@code 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+}:
 *       a piece is a word with the space before it, a number, a run of symbols, or spaces;</li>
 *   <li>bytes: each piece becomes its UTF-8 bytes, each byte written as one printable character (a space is
 *       {@code Ġ}, a line feed {@code Ċ});</li>
 *   <li>merges: repeatedly join the adjacent pair whose joined bytes have the lowest rank r, until no pair is in
 *       the vocabulary: {@code (a, b) → ab  where  r(ab) = min over adjacent pairs};</li>
 *   <li>ids: a token's id is its rank.</li>
 * </ol>
 * Source: Sennrich et al., "Neural Machine Translation of Rare Words with Subword Units" (2016), §3.2; Radford et al.,
 * "Language Models are Unsupervised Multitask Learners" (2019), §2.2 (byte-level BPE). Ranks: r50k_base as bundled
 * with jtokkit 1.1.0 (MIT), the ranks of OpenAI's GPT-2 release (MIT); see {@code data/NOTICE.md}.
 */
public final class BytePairTokenizer implements Tokenizer {

    public static final String NAME = "bpe";

    public static final String PRE_TOKENISE = "pre-tokenise";
    public static final String BYTES = "bytes";
    public static final String STAND_INS = "stand-ins";
    public static final String MERGES = "merges";
    public static final String IDS = "ids";

    /** GPT-2's pre-tokenisation pattern, with Unicode classes as tiktoken and jtokkit use it. */
    static final Pattern GPT2_PATTERN = Pattern.compile(
            "'(?:[sdmt]|ll|ve|re)| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    static final String R50K_RESOURCE = "/com/knuddels/jtokkit/r50k_base.tiktoken";

    /** Byte b is written as BYTE_CHAR[b] (GPT-2's {@code bytes_to_unicode}): printable bytes as themselves. */
    private static final char[] BYTE_CHAR = new char[256];
    private static final int[] CHAR_BYTE = new int[324]; // inverse of BYTE_CHAR, -1 where none

    static {
        Arrays.fill(CHAR_BYTE, -1);
        int next = 256;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            BYTE_CHAR[b] = (char) (printable ? b : next++);
            CHAR_BYTE[BYTE_CHAR[b]] = b;
        }
    }

    // Byte sequences are keyed as ISO-8859-1 strings: one char per byte, so substring is a byte slice.
    private final Map<String, Integer> ranks;
    private final String[] tokenBytes; // (vocabularySize) the bytes of each rank, as ISO-8859-1 text

    private BytePairTokenizer(Map<String, Integer> ranks) {
        this.ranks = ranks;
        int size = ranks.values().stream().mapToInt(i -> i).max().orElse(-1) + 1;
        this.tokenBytes = new String[size];
        ranks.forEach((bytes, rank) -> tokenBytes[rank] = bytes);
    }

    private static final class R50k {
        static final BytePairTokenizer INSTANCE = load();

        private static BytePairTokenizer load() {
            try (InputStream in = BytePairTokenizer.class.getResourceAsStream(R50K_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(R50K_RESOURCE + " is not on the class path");
                }
                return fromTiktoken(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** GPT-2's r50k_base ranks, loaded once on first use and shared. */
    public static BytePairTokenizer r50k() {
        return R50k.INSTANCE;
    }

    /** Reads ranks in tiktoken's format: one {@code base64(bytes) rank} per line. */
    public static BytePairTokenizer fromTiktoken(InputStream in) throws IOException {
        Map<String, Integer> ranks = new HashMap<>(1 << 17);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        Base64.Decoder base64 = Base64.getDecoder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                continue;
            }
            byte[] bytes = base64.decode(line.substring(0, space));
            ranks.put(new String(bytes, StandardCharsets.ISO_8859_1), Integer.parseInt(line.substring(space + 1).trim()));
        }
        return new BytePairTokenizer(ranks);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** How many tokens the vocabulary holds (50,256 for r50k_base without its special token). */
    public int vocabularySize() {
        return ranks.size();
    }

    /** A token as GPT-2 writes it: each of its bytes as one printable character ({@code Ġthe}). */
    public String text(int id) {
        return visible(tokenBytes[id]);
    }

    /** Bytes (one ISO-8859-1 char each) written in GPT-2's printable byte alphabet. */
    static String visible(String bytes) {
        char[] out = new char[bytes.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = BYTE_CHAR[bytes.charAt(i)];
        }
        return new String(out);
    }

    /** The text back from ids: the tokens' bytes joined and read as UTF-8. */
    public String decode(List<Integer> ids) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int id : ids) {
            out.writeBytes(tokenBytes[id].getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- plain path

    @Override
    public List<Token> encode(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = GPT2_PATTERN.matcher(text);
        while (m.find()) {
            encodePiece(text, m.start(), m.end(), -1, null, tokens);
        }
        return List.copyOf(tokens);
    }

    /** The ids alone, the fastest path (as jtokkit's {@code encode}). */
    public int[] encodeIds(String text) {
        List<Token> tokens = encode(text);
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tokens.get(i).id();
        }
        return ids;
    }

    /**
     * 3) The merge loop on one piece: join the lowest-ranked adjacent pair (the leftmost among equals), one merge at
     * a time, until no adjacent pair is a token. Each merge is recorded in {@code merges} when it is not null.
     */
    private void encodePiece(String text, int from, int to, int piece, List<Merge> merges, List<Token> out) {
        // 2) bytes
        String bytes = latin1(text.substring(from, to)); // (n) one char per UTF-8 byte
        int n = bytes.length();
        Integer whole = ranks.get(bytes);
        if (whole != null && merges == null) {
            out.add(new Token(visible(bytes), whole, from, to));
            return;
        }
        int[] start = new int[n + 1]; // (parts + 1) byte offset where each part starts; start[parts] = n
        for (int i = 0; i <= n; i++) {
            start[i] = i;
        }
        int parts = n;
        int[] pairRank = new int[n]; // (parts - 1) rank of part i joined with part i + 1, MAX_VALUE when none
        for (int i = 0; i + 1 < parts; i++) {
            pairRank[i] = rank(bytes, start[i], start[i + 2]);
        }
        while (parts > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < parts; i++) { // a plain scan: pieces are short, and it keeps ties leftmost
                if (pairRank[i] < bestRank) {
                    bestRank = pairRank[i];
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            if (merges != null) {
                merges.add(new Merge(piece, best, visible(bytes.substring(start[best], start[best + 1])),
                        visible(bytes.substring(start[best + 1], start[best + 2])), bestRank));
            }
            // join part best with part best + 1
            System.arraycopy(start, best + 2, start, best + 1, parts - best - 1);
            System.arraycopy(pairRank, best + 1, pairRank, best, Math.max(0, parts - best - 2));
            parts--;
            if (best + 1 < parts) {
                pairRank[best] = rank(bytes, start[best], start[best + 2]);
            }
            if (best > 0) {
                pairRank[best - 1] = rank(bytes, start[best - 1], start[best + 1]);
            }
        }
        int[] charAt = byteToChar(text, from, to, n); // (n + 1)
        for (int i = 0; i < parts; i++) {
            String slice = bytes.substring(start[i], start[i + 1]);
            out.add(new Token(visible(slice), ranks.get(slice), charAt[start[i]], charAt[start[i + 1]]));
        }
    }

    private int rank(String bytes, int from, int to) {
        Integer r = ranks.get(bytes.substring(from, to));
        return r == null ? Integer.MAX_VALUE : r;
    }

    /** UTF-8 bytes of {@code s}, one ISO-8859-1 char per byte. */
    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * For every byte offset of the piece, the UTF-16 offset in {@code text} of the character it begins; an offset in
     * the middle of a character's bytes moves on to that character's end, so that a token holding only part of a
     * character's bytes never overlaps the next token.
     */
    private static int[] byteToChar(String text, int from, int to, int n) {
        int[] charAt = new int[n + 1];
        int b = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int length = Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1 ? 1 // written as '?'
                    : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            charAt[b] = i;
            for (int k = 1; k < length; k++) {
                charAt[b + k] = next;
            }
            b += length;
            i = next;
        }
        charAt[n] = to;
        return charAt;
    }

    /**
     * One character of a text whose bytes GPT-2 writes as other characters: its UTF-8 bytes and the stand-in
     * character of each byte ({@code í} → bytes C3 AD → {@code ÃŃ}).
     *
     * @param character the character, named when it is invisible ({@code ⟨ZERO WIDTH JOINER⟩})
     * @param codePoint {@code U+00ED}
     * @param bytes     its UTF-8 bytes, each 0 to 255
     * @param standIns  one printable character per byte, as the tokens show them
     */
    public record StandIn(String character, String codePoint, List<Integer> bytes, String standIns) {
        public StandIn {
            bytes = List.copyOf(bytes);
        }

        /** The bytes in hexadecimal: {@code C3 AD}. */
        public String hex() {
            return String.join(" ", bytes.stream().map(b -> String.format(Locale.ROOT, "%02X", b)).toList());
        }
    }

    /**
     * Every distinct character of {@code text}, in order of first appearance, that the byte alphabet does not
     * write as itself: any character outside printable ASCII and Latin-1 takes two to four bytes, and a space,
     * a control character or a few Latin-1 ones take a stand-in for their single byte (GPT-2's
     * {@code bytes_to_unicode}: printable bytes stand for themselves, the other 68 are written as U+0100 onwards).
     */
    public List<StandIn> standIns(String text) {
        List<StandIn> out = new ArrayList<>();
        for (int cp : new LinkedHashSet<>(text.codePoints().boxed().toList())) {
            String bytes = latin1(Character.toString(cp));
            String written = visible(bytes);
            if (!written.equals(Character.toString(cp))) {
                List<Integer> values = bytes.chars().boxed().toList();
                out.add(new StandIn(CharacterName.of(cp), CharacterName.codePoint(cp), values, written));
            }
        }
        return List.copyOf(out);
    }

    /** {@link #standIns(String)} as a table. */
    public Value.Table standInTable(String text) {
        return standInTable(text, Language.ENGLISH);
    }

    /** {@link #standIns(String)} as a table, its headers in {@code language}. */
    public Value.Table standInTable(String text, Language language) {
        LessonText say = LessonText.of("tokens", language);
        List<List<Object>> rows = new ArrayList<>();
        for (StandIn s : standIns(text)) {
            rows.add(List.of(s.character(), s.codePoint(), s.hex(), s.standIns()));
        }
        return new Value.Table(List.of(say.plain("column-character"), say.plain("column-code-point"),
                say.plain("column-utf8"), say.plain("column-written-as")), rows);
    }

    // ---------------------------------------------------------------- traced path

    /**
     * One merge: in pre-token {@code piece}, parts {@code position} and {@code position + 1} ({@code left},
     * {@code right}, in the printable byte alphabet) became one token of rank {@code rank}.
     */
    public record Merge(int piece, int position, String left, String right, int rank) {
        public String merged() {
            return left + right;
        }
    }

    /**
     * The whole merge history of a text: the pre-tokens, each pre-token's bytes as single symbols, and every merge
     * in the order it is replayed (lowest rank first across the sentence; a piece's own merges keep their order).
     */
    public record Replay(List<String> pieces, List<List<String>> symbols, List<Merge> merges) {
        public Replay {
            pieces = List.copyOf(pieces);
            symbols = symbols.stream().map(List::copyOf).toList();
            merges = List.copyOf(merges);
        }

        /** Every pre-token's parts after the first {@code steps} merges ({@code 0 ≤ steps ≤ merges().size()}). */
        public List<List<String>> partsAfter(int steps) {
            List<List<String>> parts = new ArrayList<>();
            for (List<String> s : symbols) {
                parts.add(new ArrayList<>(s));
            }
            for (int k = 0; k < Math.min(steps, merges.size()); k++) {
                Merge merge = merges.get(k);
                List<String> p = parts.get(merge.piece());
                p.set(merge.position(), merge.merged());
                p.remove(merge.position() + 1);
            }
            return parts;
        }
    }

    /** Replays the merges of {@code text} one at a time. */
    public Replay replay(String text) {
        return traced(text).replay();
    }

    private record Traced(List<Token> tokens, Replay replay, List<int[]> pieceOffsets) {
    }

    private Traced traced(String text) {
        List<String> pieces = new ArrayList<>();
        List<List<String>> symbols = new ArrayList<>();
        List<List<Merge>> perPiece = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Matcher m = GPT2_PATTERN.matcher(text);
        while (m.find()) {
            int piece = pieces.size();
            String bytes = latin1(m.group());
            pieces.add(visible(bytes));
            List<String> s = new ArrayList<>(bytes.length());
            for (int i = 0; i < bytes.length(); i++) {
                s.add(String.valueOf(BYTE_CHAR[bytes.charAt(i)]));
            }
            symbols.add(s);
            offsets.add(new int[] {m.start(), m.end()});
            List<Merge> merges = new ArrayList<>();
            encodePiece(text, m.start(), m.end(), piece, merges, tokens);
            perPiece.add(merges);
        }
        // Replay across the sentence: always the lowest rank waiting at the head of any piece's own order.
        List<Merge> order = new ArrayList<>();
        PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] next = new int[perPiece.size()];
        for (int p = 0; p < perPiece.size(); p++) {
            if (!perPiece.get(p).isEmpty()) {
                heads.add(new int[] {perPiece.get(p).getFirst().rank(), p});
            }
        }
        while (!heads.isEmpty()) {
            int p = heads.poll()[1];
            order.add(perPiece.get(p).get(next[p]++));
            if (next[p] < perPiece.get(p).size()) {
                heads.add(new int[] {perPiece.get(p).get(next[p]).rank(), p});
            }
        }
        return new Traced(List.copyOf(tokens), new Replay(pieces, symbols, order), offsets);
    }

    @Override
    public Tokenization tokenize(String text, Language language) {
        LessonText say = LessonText.of("tokens", language);
        Traced t = traced(text);
        Replay replay = t.replay();
        // 1) pre-tokenise
        List<List<Object>> pieceRows = new ArrayList<>();
        for (int p = 0; p < replay.pieces().size(); p++) {
            int[] o = t.pieceOffsets().get(p);
            pieceRows.add(List.of(p, replay.pieces().get(p), replay.symbols().get(p).size(), o[0], o[1]));
        }
        // 2) bytes
        List<String> byteSymbols = replay.symbols().stream().flatMap(List::stream).toList();
        // 3) merges
        List<List<Object>> mergeRows = new ArrayList<>();
        for (int k = 0; k < replay.merges().size(); k++) {
            Merge merge = replay.merges().get(k);
            mergeRows.add(List.of(k + 1, replay.pieces().get(merge.piece()), merge.left(), merge.right(), merge.merged(), merge.rank()));
        }
        // 4) ids
        List<String> texts = t.tokens().stream().map(Token::text).toList();
        List<Integer> ids = t.tokens().stream().map(Token::id).toList();
        Trace trace = Trace.builder()
                .add(PRE_TOKENISE, say.plain("bpe-pre-tokenise-title"), say.plain("bpe-pre-tokenise-formula"),
                        say.plain("bpe-pre-tokenise"),
                        List.of(), new Value.Table(List.of("#", say.plain("column-piece"), say.plain("column-bytes"),
                                say.plain("column-start"), say.plain("column-end")), pieceRows))
                .add(BYTES, say.plain("bpe-bytes-title"), say.plain("bpe-bytes-formula"), say.plain("bpe-bytes"),
                        List.of(PRE_TOKENISE), new Value.TokenList(byteSymbols, Collections.nCopies(byteSymbols.size(), null)))
                .add(STAND_INS, say.plain("bpe-stand-ins-title"), say.plain("bpe-stand-ins-formula"),
                        say.plain("bpe-stand-ins"), List.of(BYTES), standInTable(text, language))
                .add(MERGES, say.plain("bpe-merges-title"), say.plain("bpe-merges-formula"),
                        say.plain("bpe-merges", Map.of("n", replay.merges().size())),
                        List.of(STAND_INS), new Value.Table(List.of("#", say.plain("column-piece"), say.plain("column-left"),
                                say.plain("column-right"), say.plain("column-merged"), say.plain("column-rank")), mergeRows))
                .add(IDS, say.plain("ids-title"), "id = rank(token),  |V| = " + (vocabularySize() + 1), say.plain("bpe-ids"),
                        List.of(MERGES), new Value.TokenList(texts, ids))
                .build();
        return new Tokenization(NAME, text, t.tokens(), trace);
    }
}
