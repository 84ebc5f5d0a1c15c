package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code uses is in both bundles, and every key in the bundles is used. */
class LocalisationConsistencyTest {
    private static final Pattern LITERAL = Pattern.compile("i18n(?:\\(\\))?\\.get\\(\"([a-zA-Z][\\w.]*)\"|\"((?:field|id\\.invalid|id\\.expired|idcard\\.read)\\.[\\w.]+)\"");
    private static final Pattern PREFIX = Pattern.compile("i18n(?:\\(\\))?\\.get\\(\"([a-zA-Z][\\w.]*\\.)\" \\+");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalisationConsistencyTest.class.getResourceAsStream("/org/yichuang/ui/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void everyUsedKeyExistsInEveryLanguage() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Matcher m = LITERAL.matcher(sources());
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            String key = m.group(1) != null ? m.group(1) : m.group(2);
            if (!key.endsWith(".") && (!zh.containsKey(key) || !en.containsKey(key))) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        String code = sources();
        Set<String> prefixes = new HashSet<>();
        Matcher p = PREFIX.matcher(code);
        while (p.find()) {
            prefixes.add(p.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : bundle("messages.properties").stringPropertyNames()) {
            boolean used = code.contains("\"" + key + "\"") || prefixes.stream().anyMatch(key::startsWith);
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }
}
