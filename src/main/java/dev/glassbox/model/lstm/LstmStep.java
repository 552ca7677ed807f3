package dev.glassbox.model.lstm;

/**
 * Everything one LSTM time step computes, in the order it computes it. Pre-activations {@code zf, zi, zg, zo}
 * are Wx·x_t + Wh·h_{t−1} + b for each gate block; {@code f, i, o} are σ of theirs, {@code g} is tanh of its;
 * {@code c} and {@code h} are the new cell and hidden state. Arrays are copies; each has H entries.
 */
public record LstmStep(int x, double[] hPrev, double[] cPrev, double[] zf, double[] zi, double[] zg, double[] zo,
                       double[] f, double[] i, double[] g, double[] o, double[] c, double[] h) {

    public LstmStep {
        hPrev = hPrev.clone();
        cPrev = cPrev.clone();
        zf = zf.clone();
        zi = zi.clone();
        zg = zg.clone();
        zo = zo.clone();
        f = f.clone();
        i = i.clone();
        g = g.clone();
        o = o.clone();
        c = c.clone();
        h = h.clone();
    }

    /** f ⊙ c_{t−1}: what the cell keeps of its previous content. */
    public double[] kept() {
        double[] k = new double[c.length]; // (H)
        for (int j = 0; j < k.length; j++) {
            k[j] = f[j] * cPrev[j];
        }
        return k;
    }

    /** i ⊙ g: what the cell adds this step. */
    public double[] added() {
        double[] a = new double[c.length]; // (H)
        for (int j = 0; j < a.length; j++) {
            a[j] = i[j] * g[j];
        }
        return a;
    }
}
