package dev.glassbox.model.embedding;

/** The app's word vectors, read once for all the tests of this package. */
final class TestGlove {

    static final GloveVectors VECTORS = GloveVectors.load();

    private TestGlove() {
    }
}
