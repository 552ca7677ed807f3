package dev.glassbox.ui.decoder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoder's training curve as the training command wrote it ({@code decoder/training-curve.csv}: update, mean
 * training loss since the point before, loss on fixed held-out windows; both in nats per character).
 */
record TrainingCurve(List<Point> points) {

    static final String RESOURCE = "/decoder/training-curve.csv";

    /** One row of the file. */
    record Point(int update, double trainNats, double heldOutNats) {
    }

    TrainingCurve {
        points = List.copyOf(points);
    }

    /** Reads the committed curve from the class path (an empty curve when the file is missing). */
    static TrainingCurve load() {
        try (InputStream in = TrainingCurve.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new TrainingCurve(List.of()) : parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TrainingCurve parse(InputStream in) throws IOException {
        List<Point> points = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.strip().equals("update,train_nats_per_char,heldout_nats_per_char")) {
            throw new IOException("unexpected header of the training curve: " + header);
        }
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            points.add(new Point(Integer.parseInt(cells[0].strip()), Double.parseDouble(cells[1].strip()),
                    Double.parseDouble(cells[2].strip())));
        }
        return new TrainingCurve(points);
    }

    /** Nats per character as bits per character (÷ ln 2). */
    static double bits(double nats) {
        return nats / Math.log(2);
    }

    /** (update, bits) points of the training loss. */
    double[][] train() {
        return points.stream().map(p -> new double[] {p.update(), bits(p.trainNats())}).toArray(double[][]::new);
    }

    /** (update, bits) points of the held-out loss. */
    double[][] heldOut() {
        return points.stream().map(p -> new double[] {p.update(), bits(p.heldOutNats())}).toArray(double[][]::new);
    }

    /** Updates between points (the training loss is the mean over them). */
    int every() {
        return points.size() < 2 ? (points.isEmpty() ? 0 : points.get(0).update()) : points.get(1).update() - points.get(0).update();
    }
}
