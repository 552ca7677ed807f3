/** Small numeric operations several model concepts share: the affine map y = xW + b and the error function. */
package dev.glassbox.model.math;
