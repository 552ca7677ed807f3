package dev.glassbox.model.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Gelu#apply} with the Vector API: the same formula and operations in the same order as
 * {@link ErrorFunction#erf} and {@link Gelu#of}, in double lanes. Loaded only when the module is present.
 */
final class VectorGelu {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** Floats as many as D has doubles. */
    private static final VectorSpecies<Float> F = VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2));

    private VectorGelu() {
    }

    static void apply(float[] u, float[] out) {
        int n = D.loopBound(u.length);
        for (int i = 0; i < n; i += D.length()) {
            DoubleVector x = (DoubleVector) FloatVector.fromArray(F, u, i).convertShape(VectorOperators.F2D, D, 0);
            // erf(x / √2), Abramowitz & Stegun 7.1.26
            DoubleVector z = x.div(Gelu.SQRT2);
            DoubleVector az = z.abs();
            DoubleVector t = DoubleVector.broadcast(D, 1.0).div(az.mul(ErrorFunction.P).add(1.0));
            DoubleVector poly = t.mul(ErrorFunction.A5).add(ErrorFunction.A4).mul(t).add(ErrorFunction.A3).mul(t)
                    .add(ErrorFunction.A2).mul(t).add(ErrorFunction.A1).mul(t);
            DoubleVector y = poly.mul(az.mul(az).neg().lanewise(VectorOperators.EXP)).neg().add(1.0);
            DoubleVector erf = y.blend(y.neg(), z.lt(0.0));
            // u · ½ · (1 + erf)
            ((FloatVector) x.mul(0.5).mul(erf.add(1.0)).convertShape(VectorOperators.D2F, F, 0)).intoArray(out, i);
        }
        Gelu.reference(u, out, n);
    }
}
