package dev.glassbox.model.lstm;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What training measured, as written next to the weights by the training command: held-out perplexity per
 * character of the LSTM and of the n-gram baselines, training time, and the hidden unit the unit analysis found
 * easiest to read ({@code unit}, the feature it follows, the correlation with it and on how many held-out characters
 * it was measured).
 */
public record LstmModelCard(String model, int hidden, long parameters, int updates, long trainCharacters,
                            long heldOutCharacters, double lstmPerplexity, double trigramPerplexity,
                            double fivegramPerplexity, double trainingSeconds, int unit, String unitFeature,
                            double unitCorrelation, int unitCharacters) {

    static LstmModelCard read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return new LstmModelCard(p.getProperty("model"), Integer.parseInt(p.getProperty("hidden")),
                Long.parseLong(p.getProperty("parameters")), Integer.parseInt(p.getProperty("updates")),
                Long.parseLong(p.getProperty("trainCharacters")), Long.parseLong(p.getProperty("heldOutCharacters")),
                Double.parseDouble(p.getProperty("heldOutPerplexity.lstm")),
                Double.parseDouble(p.getProperty("heldOutPerplexity.trigram")),
                Double.parseDouble(p.getProperty("heldOutPerplexity.fivegram")),
                Double.parseDouble(p.getProperty("trainingSeconds")),
                Integer.parseInt(p.getProperty("unit", "-1")), p.getProperty("unit.feature", ""),
                Double.parseDouble(p.getProperty("unit.correlation", "0")),
                Integer.parseInt(p.getProperty("unit.characters", "20000")));
    }

    /** log₂ of a perplexity: the same measure in bits per character. */
    public static double bitsPerCharacter(double perplexity) {
        return Math.log(perplexity) / Math.log(2);
    }

    /** Whether the analysis found a readable unit. */
    public boolean hasUnit() {
        return unit >= 0;
    }
}
