/**
 * Small pieces several model concepts share: the affine map y = xW + b, matrix products, softmax, the error function,
 * tensor files, ONNX building, and a cache bounded by bytes.
 */
package dev.glassbox.model.math;
