import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.text.SearchText;

/**
 * The same items in SQLite FTS5 (trigram tokenizer over code, name, keywords and the platform's own pinyin keys),
 * ranked by the platform's six levels in SQL, first page plus total, as one statement per keystroke.
 * Trigrams need three characters: shorter queries scan the table, which is what FTS5 does with them.
 */
final class SearchBenchFts implements AutoCloseable {
    private static final String LEVEL = """
            CASE WHEN code = ?1 OR name = ?1 THEN 100 WHEN substr(name, 1, length(?1)) = ?1 THEN 80
                 WHEN instr(name, ?1) > 0 OR instr(code, ?1) > 0 THEN 60
                 WHEN ?2 <> '' AND instr(' ' || pinyin, ' ' || ?2) > 0 THEN 50
                 WHEN ?2 <> '' AND instr(pinyin, ?2) > 0 THEN 40 WHEN instr(keywords, ?1) > 0 THEN 30 ELSE 0 END""";
    private static final String PAGE = "SELECT code, count(*) OVER () FROM (SELECT rowid AS r, code, " + LEVEL
            + " AS level FROM items %s) WHERE level > 0 ORDER BY level DESC, r LIMIT 20";
    private final Connection db;
    private final PreparedStatement indexed;
    private final PreparedStatement scanned;

    SearchBenchFts(List<ServiceItem> items) throws Exception {
        db = DriverManager.getConnection("jdbc:sqlite::memory:");
        db.createStatement().execute("CREATE VIRTUAL TABLE items USING fts5(code, name, keywords, pinyin, tokenize='trigram')");
        Method keys = Class.forName("org.yichuang.platform.embedded.PinyinKeys").getDeclaredMethod("of", String.class);
        keys.setAccessible(true);
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO items(rowid, code, name, keywords, pinyin) VALUES (?,?,?,?,?)")) {
            int row = 0;
            for (ServiceItem item : items) {
                List<String> pinyin = new ArrayList<>();
                List<String> texts = new ArrayList<>(item.keywords());
                texts.addFirst(item.name());
                for (String text : texts) {
                    @SuppressWarnings("unchecked")
                    Set<String> spelled = (Set<String>) keys.invoke(null, text);
                    spelled.forEach(p -> pinyin.add(SearchText.pinyin(p)));
                }
                insert.setInt(1, row++);
                insert.setString(2, SearchText.query(item.code()));
                insert.setString(3, item.name());
                insert.setString(4, String.join(" ", item.keywords()));
                insert.setString(5, String.join(" ", pinyin));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        indexed = db.prepareStatement(PAGE.formatted("WHERE items MATCH ?3"));
        scanned = db.prepareStatement(PAGE.formatted(""));
    }

    /** The first 20 codes and the total, for a query as the client sends it (already folded). */
    Result search(String typed) throws Exception {
        String q = SearchText.query(typed);
        String spelled = SearchText.pinyin(typed);
        boolean trigrams = q.codePointCount(0, q.length()) >= 3 && spelled.codePointCount(0, spelled.length()) >= 3;
        PreparedStatement statement = trigrams ? indexed : scanned;
        statement.setString(1, q);
        statement.setString(2, spelled);
        if (trigrams) {
            statement.setString(3, "{code name keywords} : " + quoted(q) + " OR pinyin : " + quoted(spelled));
        }
        List<String> codes = new ArrayList<>();
        long total = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                codes.add(rows.getString(1).toUpperCase(java.util.Locale.ROOT));
                total = rows.getLong(2);
            }
        }
        return new Result(codes, total);
    }

    record Result(List<String> codes, long total) {
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
