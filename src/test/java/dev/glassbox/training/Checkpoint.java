package dev.glassbox.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A training run's checkpoint: the parameters and Adam's state in one file (replaced atomically), the training curve
 * so far beside it. Resuming from it continues exactly where the run stopped.
 */
record Checkpoint(Path file, Path curve) {

    /** Loads the checkpoint into {@code parameters}, {@code adam} and {@code curveSoFar}; false if there is none. */
    boolean load(Parameters parameters, Adam adam, List<String> curveSoFar) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            parameters.read(in);
            adam.read(in);
        }
        curveSoFar.addAll(Files.readAllLines(curve));
        return true;
    }

    void save(Parameters parameters, Adam adam, List<String> curveSoFar) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("checkpoint.tmp");
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            parameters.write(out);
            adam.write(out);
        }
        Files.write(curve, curveSoFar);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
