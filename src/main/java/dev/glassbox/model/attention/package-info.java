/**
 * Multi-head scaled dot-product self-attention (Vaswani et al. 2017, §3.2): every token's query scores every
 * token's key, and the softmax of those scores mixes the values. Shape legend: T tokens, dModel model width,
 * h heads, dK = dModel / h per head.
 */
package dev.glassbox.model.attention;
