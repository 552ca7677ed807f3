package dev.glassbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Every kind of figure downloads as a standalone SVG, a PNG at twice its size and a CSV of its numbers, on real
 * lesson pages: each file is read back with an independent reader (the JDK's XML parser, {@code ImageIO}, Apache
 * Commons CSV) and compared with what the page shows.
 */
class DownloadsIT extends ModelBrowserTest {

    /** The PNG signature (PNG specification, section 5.2). */
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * Marks the first figure {@code tag} whose data has kind (or mode) {@code kind}, opening the folds around it if
     * it is folded away; returns how many rows its numbers show on the page (table rows, listed points, or query
     * rows of the attention lines), or -1 when there is no such figure.
     */
    private static final String PICK = """
            ([tag, kind]) => {
              const f = [...document.querySelectorAll(tag)].find(e => !kind || (e.data && (e.data.kind === kind || e.data.mode === kind)));
              if (!f) return -1;
              for (let p = f.parentElement; p; p = p.parentElement) {
                if (p.localName === 'vaadin-details') p.opened = true;
                if (p.localName === 'details') p.open = true;
              }
              f.setAttribute('data-picked', '');
              const rows = f.querySelectorAll('.gb-numbers tbody tr, .gb-table-wrap > table tbody tr');
              if (rows.length) return rows.length;
              const points = f.querySelectorAll('.gb-point-list li');
              if (points.length) return points.length;
              if (f.data.mode === 'model') return f.data.layers * f.data.heads * f.data.tokens.length;
              if (f.data.mode === 'lines') return f.querySelectorAll('.gb-lines-query').length;
              if (f.data.kind === 'scalar') return 1;
              return 0;
            }""";

    private record Files3(Download svg, Download png, Download csv) {
    }

    @Test
    void heatmaps_download_as_svg_png_and_csv() throws Exception {
        check("/positions", "gb-figure", "matrix", "heatmap");
    }

    @Test
    void heat_strips_download_as_svg_png_and_csv() throws Exception {
        check("/embeddings", "gb-figure", "vector", "strip");
    }

    @Test
    void token_chips_are_drawn_as_svg_for_download() throws Exception {
        check("/tokens", "gb-figure", "tokens", "tokens");
    }

    @Test
    void tables_and_single_values_are_drawn_as_svg_for_download() throws Exception {
        check("/zscores", "gb-figure", "table", "table");
        // A single value: the background and the number itself, which the CSV holds at full precision.
        check("/zscores?open=steps", "gb-figure", "scalar", "scalar", 2);
        Object value = page.evaluate("() => document.querySelector('[data-picked]').data.value");
        String svgText = Files.readString(Paths.get("target", "downloads", "scalar.svg"));
        assertThat(svgText).contains(">" + page.evaluate("v => window.Glassbox.number(v, 6)", value) + "</text>");
        List<String> csv = Files.readAllLines(Paths.get("target", "downloads", "scalar.csv"));
        assertThat(csv).containsExactly("value,unit", page.evaluate("v => String(v)", value) + ",\"\"");
    }

    @Test
    void charts_download_as_svg_png_and_csv() throws Exception {
        check("/zscores", "gb-plot", null, "dot-plot");
        check("/normal", "gb-plot", null, "normal-curve");
    }

    @Test
    void the_word_map_downloads_as_svg_png_and_csv() throws Exception {
        check("/embeddings", "gb-scatter", null, "word-map");
    }

    @Test
    void attention_lines_and_the_all_heads_grid_download() throws Exception {
        check("/attention?view=lines", "gb-attention", "lines", "attention-lines");
        check("/attention?view=model", "gb-attention", "model", "attention-model");
    }

    @Test
    void generation_bars_are_drawn_as_svg_for_download() throws Exception {
        check("/generate", "gb-distribution", null, "distribution");
    }

    @Test
    void the_png_takes_the_dark_background_in_the_dark_scheme() throws Exception {
        open("/positions?theme=dark");
        Questions.showAll(page, this::idle);
        pick("gb-figure", "matrix");
        Files3 files = downloadAll();
        BufferedImage png = ImageIO.read(files.png().path().toFile());
        int rgb = png.getRGB(1, 1);
        double luminance = (0.2126 * (rgb >> 16 & 255) + 0.7152 * (rgb >> 8 & 255) + 0.0722 * (rgb & 255)) / 255;
        assertThat(luminance).as("corner of the dark PNG").isLessThan(0.3);
        String svg = Files.readString(files.svg().path());
        assertThat(svg).doesNotContain("var(--");
    }

    @Test
    void the_download_menu_is_reached_and_used_with_the_keyboard() {
        open("/positions");
        Questions.showAll(page, this::idle);
        pick("gb-figure", "matrix");
        Locator figure = page.locator("[data-picked]");
        Locator summary = figure.locator(".gb-download > summary");
        summary.focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(figure.locator(".gb-download-svg")).isVisible();
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(figure.locator(".gb-download-svg")).isFocused();
        Download d = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(d.suggestedFilename()).isEqualTo("glassbox-positions-pe-heatmap.svg");
        PlaywrightAssertions.assertThat(figure.locator(".gb-download-status"))
                .containsText("Saved glassbox-positions-pe-heatmap.svg");
        // On a small phone the menu wraps; the page never scrolls sideways.
        phone(360);
        Object wide = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) wide).intValue()).isLessThanOrEqualTo(360);
        assertNoScriptRan();
    }

    /** Opens {@code path}, picks the figure, downloads all three files and checks each against the page. */
    private void check(String path, String tag, String kind, String name) throws Exception {
        check(path, tag, kind, name, 4);
    }

    /** As above, with at least {@code marks} drawn elements (background included) in the SVG. */
    private void check(String path, String tag, String kind, String name, int marks) throws Exception {
        open(path);
        Questions.showAll(page, this::idle);
        int rows = pick(tag, kind);
        Files3 files = downloadAll();
        Path dir = Paths.get("target", "downloads");
        Files.createDirectories(dir);
        for (Download d : List.of(files.svg(), files.png(), files.csv())) {
            assertThat(d.suggestedFilename()).startsWith("glassbox-").doesNotContain(" ", "/", "\"");
            String file = d.suggestedFilename();
            d.saveAs(dir.resolve(name + file.substring(file.lastIndexOf('.'))));
        }
        assertThat(files.svg().suggestedFilename()).endsWith(".svg");
        assertThat(files.png().suggestedFilename()).endsWith(".png");
        assertThat(files.csv().suggestedFilename()).endsWith(".csv");

        checkPicture(files.svg(), files.png(), marks);

        // CSV: a header and one record per row the page's numbers show, every record as wide as the header.
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(Files.readString(files.csv().path(), StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertThat(rows).as("rows of numbers on the page").isPositive();
        assertThat(records).hasSize(rows + 1);
        for (CSVRecord r : records) {
            assertThat(r.size()).isEqualTo(records.getFirst().size());
        }
        assertNoScriptRan();
    }

    /** The SVG is a standalone drawing of at least {@code marks} elements, the PNG the same at twice its size. */
    private static void checkPicture(Download svgFile, Download pngFile, int marks) throws Exception {
        // SVG: well-formed XML, an <svg> root in the SVG namespace with explicit size, a title, and a drawing.
        String svgText = Files.readString(svgFile.path(), StandardCharsets.UTF_8);
        Document svg = parseXml(svgText);
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        double width = Double.parseDouble(root.getAttribute("width"));
        double height = Double.parseDouble(root.getAttribute("height"));
        assertThat(width).isPositive();
        assertThat(height).isPositive();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isNotBlank();
        int drawn = 0;
        for (String mark : List.of("rect", "path", "circle", "line", "text", "image")) {
            drawn += svg.getElementsByTagNameNS("*", mark).getLength();
        }
        assertThat(drawn).as("drawn elements, the background included").isGreaterThanOrEqualTo(marks);
        assertThat(svgText).as("nothing refers to the page's styles").doesNotContain("var(--", "class=\"gb-");

        // PNG: the signature, then ImageIO reads it at exactly twice the SVG's size, and it is not one flat colour.
        byte[] pngBytes = Files.readAllBytes(pngFile.path());
        assertThat(pngBytes).startsWith(PNG_SIGNATURE);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(pngBytes));
        assertThat(png.getWidth()).isEqualTo((int) Math.round(2 * width));
        assertThat(png.getHeight()).isEqualTo((int) Math.round(2 * height));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 3) {
            for (int x = 0; x < png.getWidth(); x += 3) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("colours in the PNG").isGreaterThan(4);
    }

    @Test
    void probability_bars_drawn_by_the_server_download_as_svg_and_png() throws Exception {
        open("/decoder");
        Questions.showAll(page, this::idle);
        Locator figure = page.locator("#next-bars gb-picture");
        figure.locator(".gb-download > summary").click();
        // Their numbers are in the table beside them, which has its own CSV.
        PlaywrightAssertions.assertThat(figure.locator(".gb-download-csv")).hasCount(0);
        Download svg = page.waitForDownload(() -> figure.locator(".gb-download-svg").click());
        Download png = page.waitForDownload(() -> figure.locator(".gb-download-png").click());
        assertThat(svg.suggestedFilename()).isEqualTo("glassbox-decoder-next-bars.svg");
        assertThat(png.suggestedFilename()).isEqualTo("glassbox-decoder-next-bars.png");
        int bars = figure.locator("svg rect").count();
        assertThat(bars).as("bars on the page").isPositive();
        // Each bar is a rect with its label and its probability as text, plus the background.
        checkPicture(svg, png, 3 * bars + 1);
        assertNoScriptRan();
    }

    private int pick(String tag, String kind) {
        Object rows = page.evaluate(PICK, new Object[] {tag, kind});
        assertThat(((Number) rows).intValue()).as("a %s %s on the page", tag, kind).isNotNegative();
        return ((Number) rows).intValue();
    }

    private Files3 downloadAll() {
        Locator figure = page.locator("[data-picked]");
        figure.locator(".gb-download > summary").click();
        Download svg = page.waitForDownload(() -> figure.locator(".gb-download-svg").click());
        Download png = page.waitForDownload(() -> figure.locator(".gb-download-png").click());
        Download csv = page.waitForDownload(() -> figure.locator(".gb-download-csv").click());
        return new Files3(svg, png, csv);
    }

    private static Document parseXml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }
}
