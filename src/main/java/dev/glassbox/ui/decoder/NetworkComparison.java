package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.ViewCompute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * The character decoder and the character LSTM on the same text and on the same held-out chapters: both read the
 * same 75 characters, so their next-character probabilities compare directly. The LSTM reads the whole text from
 * its first character; the decoder its last N (its context), so the comparison on the text uses the decoder's window
 * and the LSTM's probabilities at the same characters.
 */
public final class NetworkComparison {

    /** One model's held-out result: its name in sentences, its label in the table, perplexity and bits (log₂ of it). */
    record HeldOut(String model, String label, double perplexity) {
        double bits() {
            return LstmModelCard.bitsPerCharacter(perplexity);
        }
    }

    private final DecoderReading decoder;
    private final LstmReading lstm;
    private final double[] pDecoder; // (T − 1) each network's probability of the character that comes next
    private final double[] pLstm;    // (T − 1)
    private final List<HeldOut> heldOut;
    private final Properties decoderReport;
    private final Properties lstmReport;
    private final List<String> lstmLabels; // (V) the LSTM's characters as figures show them

    NetworkComparison(DecoderReading decoder, CharLstm lstmModel, String text) {
        this.decoder = decoder;
        this.lstm = ViewCompute.run(() -> lstmModel.read(text, WhatIf.NONE));
        this.lstmLabels = IntStream.range(0, lstmModel.vocabulary().size())
                .mapToObj(j -> DecoderReading.show(lstmModel.vocabulary().symbol(j))).toList();
        int t = decoder.size();
        int offset = decoder.dropped();
        pDecoder = new double[t - 1];
        pLstm = new double[t - 1];
        for (int k = 0; k + 1 < t; k++) {
            pDecoder[k] = decoder.probabilities(k)[decoder.id(k + 1)];
            pLstm[k] = lstm.probabilities(offset + k)[lstm.index(offset + k + 1)];
        }
        decoderReport = decoder.model().report();
        lstmReport = lstmReport();
        LstmModelCard card = lstmModel.card();
        heldOut = List.of(
                new HeldOut(t("versus-name-decoder"), t("versus-label-decoder"),
                        Double.parseDouble(decoderReport.getProperty("heldOutPerplexity.decoder"))),
                new HeldOut(t("versus-name-lstm"), t("versus-label-lstm"), card.lstmPerplexity()),
                new HeldOut(t("versus-name-fivegram"), t("versus-label-fivegram"), card.fivegramPerplexity()));
    }

    /** Both networks on {@code text} (already within the app's limits). */
    public static NetworkComparison of(CharDecoder decoder, CharLstm lstm, String text) {
        return new NetworkComparison(DecoderReading.of(decoder, text), lstm, text);
    }

    private static Properties lstmReport() {
        Properties p = new Properties();
        try (InputStream in = CharLstm.class.getResourceAsStream("/lstm/training-report.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    DecoderReading decoder() {
        return decoder;
    }

    /** The number of positions whose next character the text shows: T − 1. */
    int compared() {
        return pDecoder.length;
    }

    double decoderProbability(int k) {
        return pDecoder[k];
    }

    double lstmProbability(int k) {
        return pLstm[k];
    }

    /** The k most probable characters after the text, for the decoder. */
    List<DecoderReading.Prediction> decoderTop(int k) {
        return decoder.top(decoder.size() - 1, k);
    }

    /** The k most probable characters after the text, for the LSTM. */
    List<DecoderReading.Prediction> lstmTop(int k) {
        return DecoderReading.top(lstm.probabilities(lstm.size() - 1), k, lstmLabels);
    }

    /** Mean −log₂ p of the characters that come next, over the text: bits per character on the learner's text. */
    static double bits(double[] p) {
        double sum = 0;
        for (double x : p) {
            sum -= Math.log(x) / Math.log(2);
        }
        return sum / p.length;
    }

    double decoderBits() {
        return bits(pDecoder);
    }

    double lstmBits() {
        return bits(pLstm);
    }

    /** At how many positions the decoder gives the right next character a higher probability than the LSTM. */
    int decoderHigher() {
        int n = 0;
        for (int k = 0; k < pDecoder.length; k++) {
            n += pDecoder[k] > pLstm[k] ? 1 : 0;
        }
        return n;
    }

    List<HeldOut> heldOut() {
        return heldOut;
    }

    /** Whether the LSTM has the lower held-out perplexity. */
    boolean lstmBetter() {
        return heldOut.get(1).perplexity() < heldOut.get(0).perplexity();
    }

    /** The held-out table: model, perplexity, bits per character. */
    Value.Table table() {
        List<List<Object>> rows = new ArrayList<>();
        for (HeldOut h : heldOut) {
            rows.add(List.of(h.label(), h.perplexity(), h.bits()));
        }
        return new Value.Table(List.of(t("versus-column-model"), t("versus-column-perplexity"), t("versus-column-bits")), rows);
    }

    /** Which model predicts the held-out chapters best, then the others, computed from the two reports. */
    String verdict() {
        List<HeldOut> ranked = heldOut.stream().sorted(Comparator.comparingDouble(HeldOut::bits)).toList();
        HeldOut best = ranked.get(0);
        return t("versus-verdict", "best", best.model(), "b1", fixed(best.bits()), "second", ranked.get(1).model(),
                "b2", fixed(ranked.get(1).bits()), "third", ranked.get(2).model(), "b3", fixed(ranked.get(2).bits()))
                + " " + t(lstmBetter() ? "versus-decoder-worse" : "versus-decoder-better",
                        "difference", fixed(Math.abs(heldOut.get(0).bits() - heldOut.get(1).bits())));
    }

    /** How much each network practised: characters predicted in training (updates × batch × characters per row). */
    String practice() {
        long dec = product(decoderReport, "updates", "batch", "context");
        long rec = product(lstmReport, "updates", "batch", "bpttSteps");
        if (dec <= 0 || rec <= 0) {
            return "";
        }
        return t("versus-practice", "decoder", count(dec), "decoderUpdates", decoderReport.getProperty("updates"),
                "decoderBatch", decoderReport.getProperty("batch"), "decoderRow", decoderReport.getProperty("context"),
                "lstm", count(rec), "lstmUpdates", lstmReport.getProperty("updates"),
                "lstmBatch", lstmReport.getProperty("batch"), "lstmRow", lstmReport.getProperty("bpttSteps"));
    }

    /** What the two networks make of the learner's own text. */
    String onText() {
        if (compared() == 0) {
            return t("versus-on-text-none");
        }
        return t(compared() == 1 ? "versus-on-text-one" : "versus-on-text-other", "n", compared(),
                "decoderBits", fixed(decoderBits()), "lstmBits", fixed(lstmBits()), "higher", decoderHigher())
                + (decoder.dropped() > 0 ? " " + t("versus-on-text-window", "total", decoder.dropped() + decoder.size(),
                        "size", decoder.size()) : "");
    }

    private static long product(Properties p, String... keys) {
        long out = 1;
        for (String k : keys) {
            String v = p.getProperty(k);
            if (v == null) {
                return -1;
            }
            out *= Long.parseLong(v.strip());
        }
        return out;
    }

    private static String count(long n) {
        return String.format(PageLanguage.current().locale(), "%,d", n);
    }

    /** {@code x} with two decimals, written as the page's language writes numbers. */
    static String fixed(double x) {
        return PageLanguage.decimals(String.format(Locale.ROOT, "%.2f", x));
    }

    private static String t(String name, Object... pairs) {
        return Texts.decoder(name, pairs);
    }
}
