package dev.glassbox.model.embedding;

import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Value;
import java.util.List;
import java.util.Locale;

/**
 * all-MiniLM-L6-v2's own static vectors: its first step looks up one row of its token-embedding matrix
 * E_token (30,522 × 384) per WordPiece token, before positions are added and before any layer looks at the other
 * words. Every token has a row, so a word that GloVe's packaged list lacks ("i", "a", "1990") has one here — as
 * 384 numbers of a different model, not comparable with GloVe's 100. A word that is not one WordPiece token gets
 * one row per piece.
 *
 * <p>Source: Devlin et al., "BERT", NAACL 2019, §3.2 (input representation); the rows are read from the encoder's
 * own embedding stage ({@link EncoderRun.Embeddings#token()}).
 */
public final class InputEmbedding {

    /** The word, its WordPiece pieces and their token ids, and one row per piece  // (pieces, dModel). */
    public record Rows(String word, List<String> pieces, int[] ids, double[][] rows) {
        public Rows {
            pieces = List.copyOf(pieces);
            ids = ids.clone();
            rows = rows.clone();
        }

        @Override
        public int[] ids() {
            return ids.clone();
        }

        /** The rows as a labelled matrix: one row per piece, 384 columns. */
        public Value.Matrix matrix() {
            return new Value.Matrix(rows, pieces, NearestNeighbours.dimensionLabels(rows[0].length));
        }
    }

    private InputEmbedding() {
    }

    /**
     * The token-embedding rows of {@code word}'s WordPiece pieces.
     *
     * @throws InvalidInputException when it is not one word with letters or digits
     */
    public static Rows of(MiniLmLoader loader, MiniLmEncoder encoder, String word) {
        return of(loader, encoder, word, Language.ENGLISH);
    }

    /** The same, a refusal said in {@code language}. */
    public static Rows of(MiniLmLoader loader, MiniLmEncoder encoder, String word, Language language) {
        List<String> pieces = ContextualEmbedding.pieces(word, language);
        // 1) tokenize the word alone: [CLS] pieces… [SEP]
        EncoderInput input = EncoderInput.of(word.strip());
        // 2) the embedding stage's looked-up token rows (the layers' results are not used)
        EncoderRun run = loader.run(encoder, input);
        float[][] token = run.embeddings().token(); // (T, dModel)
        int[] allIds = input.ids();
        double[][] rows = new double[pieces.size()][]; // (pieces, dModel)
        int[] ids = new int[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            float[] r = token[p + 1];
            rows[p] = new double[r.length];
            for (int j = 0; j < r.length; j++) {
                rows[p][j] = r[j];
            }
            ids[p] = allIds[p + 1];
        }
        return new Rows(word.strip().toLowerCase(Locale.ROOT), pieces, ids, rows);
    }
}
