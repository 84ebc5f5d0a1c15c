import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.text.SearchText;
import org.yichuang.platform.embedded.Catalogue;
import org.yichuang.platform.embedded.CatalogueLoader;
import org.yichuang.platform.embedded.EmbeddedPlatform;

/**
 * Search as you type over a province-sized catalogue: each keystroke's first page (20) and total through the
 * platform's own catalogue index, the same through SQLite FTS5 in the same run, and once over HTTP end to end.
 * {@code generate <dir> <items>} writes the catalogue (bench/search.sh puts it on the class path); {@code run <dir>}.
 */
public class SearchBench {
    static final List<String> TYPED = List.of("falvyuanzhu", "xsecs", "shenfenzheng", "yyzz", "gongjijintiqu",
            "zhangan", "hang", "lü");
    static final List<String> WHOLE = List.of("法律援助", "营业执照", "居民身份证换领", "GA-3001", "RS-50", "长安区公安局");
    static final int ROUNDS = 50;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            SearchBenchData.write(Path.of(args[1]), Integer.parseInt(args[2]), 20261129L);
            return;
        }
        List<String> keys = keystrokes();
        System.out.println("load average before the run: " + java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        long start = System.nanoTime();
        Catalogue catalogue = CatalogueLoader.fromClassPath();
        System.out.printf("catalogue: %d items, %d bundles; loaded and indexed in %.0f ms; %d keystrokes, up to %d rounds%n",
                catalogue.itemCount(), catalogue.bundleCount(), (System.nanoTime() - start) / 1e6, keys.size(), ROUNDS);
        List<ServiceItem> items = new ArrayList<>();
        for (ItemSummary s : catalogue.searchItems("", null, 0, Integer.MAX_VALUE).content()) {
            items.add(catalogue.item(s.code()).orElseThrow());
        }
        start = System.nanoTime();
        try (SearchBenchFts fts = new SearchBenchFts(items)) {
            System.out.printf("fts5: indexed in %.0f ms%n", (System.nanoTime() - start) / 1e6);
            int same = 0;
            for (String k : keys) {
                var page = catalogue.searchItems(SearchText.query(k), null, 0, 20);
                var other = fts.search(k);
                same += page.totalElements() == other.total()
                        && page.content().stream().map(ItemSummary::code).toList().equals(other.codes()) ? 1 : 0;
            }
            System.out.printf("same first page and total from both: %d of %d keystrokes%n", same, keys.size());
            double[] index = time(keys, ROUNDS, k -> catalogue.searchItems(SearchText.query(k), null, 0, 20));
            double[] sql = time(keys, ROUNDS, fts::search);
            report("index", index, null);
            for (int length = 1; length <= 4; length++) {
                int l = length;
                List<String> some = keys.stream().filter(k -> l < 4 ? k.length() == l : k.length() >= l).toList();
                report("  " + length + (length < 4 ? " " : "+"), time(some, ROUNDS, k -> catalogue.searchItems(
                        SearchText.query(k), null, 0, 20)), null);
            }
            report("fts5", sql, index);
        }
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(EmbeddedPlatform.Settings.loopback(Path.of(args[1]).resolve("platform-data"), 0))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = platform.baseUri().resolve("/api/v1/catalogue/items?size=20&q=").toString();
            double[] over = time(keys, ROUNDS, k -> http.send(HttpRequest.newBuilder(URI.create(
                    base + URLEncoder.encode(SearchText.query(k), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            report("http", over, null);
        }
    }

    /** Each word typed letter by letter (f, fa, fal...), each whole text pasted or typed by character. */
    static List<String> keystrokes() {
        List<String> keys = new ArrayList<>();
        for (String word : TYPED) {
            for (int i = 1; i <= word.length(); i++) {
                keys.add(word.substring(0, i));
            }
        }
        for (String text : WHOLE) {
            for (int i = 1; i <= text.length(); i++) {
                keys.add(text.substring(0, i));
            }
        }
        return keys;
    }

    interface Search {
        Object run(String query) throws Exception;
    }

    /** Milliseconds per keystroke, every keystroke of every round after up to 3 warm-up rounds (2 s); ~4 s at most. */
    static double[] time(List<String> keys, int rounds, Search search) throws Exception {
        System.gc(); // the loading's garbage is not the keystrokes' cost
        long last = Long.MAX_VALUE;
        for (long warm = 0, spent = 0; warm < 3 && spent < 2e9; warm++, spent += last) {
            long s = System.nanoTime();
            for (String k : keys) {
                search.run(k);
            }
            last = System.nanoTime() - s;
        }
        rounds = (int) Math.max(2, Math.min(rounds, 4e9 / last));
        double[] ms = new double[keys.size() * rounds];
        for (int round = 0, n = 0; round < rounds; round++) {
            for (String k : keys) {
                long s = System.nanoTime();
                search.run(k);
                ms[n++] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static void report(String name, double[] ms, double[] baseline) {
        System.out.printf("%-6s %5d keystrokes: p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms%s%n", name, ms.length, pct(ms, 0.5),
                pct(ms, 0.99), ms[ms.length - 1], baseline == null ? "" : String.format(
                        "  (ratio to the index: p50 %.1fx, p99 %.1fx)", pct(ms, 0.5) / pct(baseline, 0.5),
                        pct(ms, 0.99) / pct(baseline, 0.99)));
    }
}
