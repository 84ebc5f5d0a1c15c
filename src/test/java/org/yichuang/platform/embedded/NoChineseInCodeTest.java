package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded platform's Java holds no Chinese text: its texts are in platform.properties, its specimen data in the
 * seed files. Comments may name things in Chinese; string, text block and char literals may not. Scans the sources
 * from the project directory, as Maven runs the tests.
 */
class NoChineseInCodeTest {
    private static final Path SOURCES = Path.of("src/main/java/org/yichuang/platform/embedded");

    @Test
    void noLiteralInThePlatformsCodeHoldsACjkCharacter() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).as("the platform's sources, from " + Path.of("").toAbsolutePath()).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            for (Literal l : literals(Files.readString(file))) {
                if (l.text().codePoints().anyMatch(NoChineseInCodeTest::cjk)) {
                    found.add(file.getFileName() + ":" + l.line() + " " + l.text());
                }
            }
        }
        assertThat(found).as("move these to platform.properties (PlatformText) or the seed data").isEmpty();
    }

    @Test
    void theScanFindsLiteralsAndSkipsComments() {
        String code = """
                // "注释" in a line comment
                /* "注释" in a block comment, 'x' */
                String a = "plain \\" quoted", b = "带中文";
                char c = '\\'', d = '字';
                String e = \"""
                    文本块 with "quotes"
                    \""";
                String f = "\\u4e00";
                """;
        List<Literal> literals = literals(code);
        assertThat(literals).extracting(Literal::line).containsExactly(3, 3, 4, 4, 5, 8);
        assertThat(literals).filteredOn(l -> l.text().codePoints().anyMatch(NoChineseInCodeTest::cjk))
                .extracting(Literal::line).containsExactly(3, 4, 5, 8);
        assertThat(cjk('（')).isTrue();
        assertThat(cjk('(')).isFalse();
    }

    /** A literal's content, escapes left as written except {@code \\uXXXX}, and the line it starts on. */
    record Literal(int line, String text) {
    }

    static List<Literal> literals(String code) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < code.length()) {
            char ch = code.charAt(i);
            if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                line += count(code, i, end);
                i = end;
            } else if (ch == '"' || ch == '\'') {
                String close = code.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(ch);
                int start = i + close.length();
                int end = start;
                while (end < code.length() && !code.startsWith(close, end)) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                out.add(new Literal(line, unicodeEscapes(code.substring(start, Math.min(end, code.length())))));
                end = Math.min(end + close.length(), code.length());
                line += count(code, i, end);
                i = end;
            } else {
                line += ch == '\n' ? 1 : 0;
                i++;
            }
        }
        return out;
    }

    private static int count(String code, int from, int to) {
        return (int) code.substring(from, to).chars().filter(c -> c == '\n').count();
    }

    private static String unicodeEscapes(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length() && s.substring(i + 2, i + 6).matches("\\p{XDigit}{4}")) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Han characters, and the CJK punctuation and full-width forms that come with them (，：（）). */
    static boolean cjk(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY;
    }
}
