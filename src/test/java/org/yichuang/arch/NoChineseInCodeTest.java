package org.yichuang.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Chinese text in Java literals: wording lives in the bundles (ui/messages*.properties, documents.properties),
 * tables and specimen data in resource files. Comments may name Chinese terms; only literals count.
 */
class NoChineseInCodeTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** A literal that may stay, and why. */
    private record Allowed(String file, String literal, String reason) {
    }

    private static final List<Allowed> ALLOWED = List.of(
            new Allowed("org/yichuang/device/idcard/TextBlock.java", "长期",
                    "bytes of the card: GA/T 467's text block holds 长期 as the valid-until of a card without expiry"),
            new Allowed("org/yichuang/documents/LineBreaker.java", "。，、；：！？）】」』》〉〕〗〙］｝”’·・….,;:!?)]}%‰℃",
                    "a typesetting rule, not wording: punctuation that may not begin a line (GB/T 15834, clreq)"),
            new Allowed("org/yichuang/documents/LineBreaker.java", "（【「『《〈〔〖〘［｛“‘([{",
                    "a typesetting rule, not wording: punctuation that may not end a line (GB/T 15834, clreq)"),
            new Allowed("org/yichuang/app/YichuangCommand.java", "Yichuang 一窗 — government service hall client",
                    "the product's name, as pom.xml spells it, in the command line's English help"));

    /** U+3000-U+9FFF (CJK punctuation, kana, ideographs), compatibility ideographs, full-width forms, planes 2 and 3. */
    static boolean isCjk(int cp) {
        return cp >= 0x3000 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFF00 && cp <= 0xFFEF
                || cp >= 0x20000 && cp <= 0x3FFFF;
    }

    @Test
    void noLiteralOutsideTheAllowListHoldsChineseText() throws IOException {
        List<String> found = new ArrayList<>();
        Set<Allowed> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String file = SOURCES.relativize(f).toString().replace('\\', '/');
                for (JavaLiterals.Literal l : JavaLiterals.of(Files.readString(f))) {
                    if (l.text().codePoints().noneMatch(NoChineseInCodeTest::isCjk)) {
                        continue;
                    }
                    ALLOWED.stream().filter(a -> a.file().equals(file) && a.literal().equals(l.text())).findFirst()
                            .ifPresentOrElse(used::add, () -> found.add(file + ":" + l.line() + ": \"" + l.text() + "\""));
                }
            }
        }
        assertThat(found).as("move these to a bundle or a resource file, or allow them here with a reason").isEmpty();
        assertThat(ALLOWED).as("allowed literals no longer in the code: drop them from the list").allMatch(used::contains);
    }

    @Test
    void findsLiteralsAndSkipsComments() {
        String source = """
                // "注释" in a line comment
                /* "注释" in a block comment */
                class A {
                    String s = "文字 // not a comment";
                    char c = '字';
                    String escaped = "\\u4E00";
                    String notEscaped = "\\\\u4E00";
                    String quote = "\\"";
                }
                """;
        assertThat(JavaLiterals.of(source)).extracting(JavaLiterals.Literal::text)
                .containsExactly("文字 // not a comment", "字", "一", "\\\\u4E00", "\\\"");
        assertThat(JavaLiterals.of(source).getFirst().line()).isEqualTo(4);
        assertThat("\uD842\uDFB7".codePoints().anyMatch(NoChineseInCodeTest::isCjk)).as("𠮷, extension B").isTrue();
        assertThat("（".codePoints().anyMatch(NoChineseInCodeTest::isCjk)).as("a full-width bracket").isTrue();
    }
}
