package org.yichuang.arch;

import java.util.ArrayList;
import java.util.List;

/** The string, text block and char literals of a Java source file, outside comments, with their line numbers. */
final class JavaLiterals {
    /** A literal's content without its quotes, as the compiler sees it (unicode escapes translated). */
    record Literal(int line, String text) {
    }

    private JavaLiterals() {
    }

    static List<Literal> of(String source) {
        String s = translateUnicodeEscapes(source);
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = closing(s, i + 3, "\"\"\"") + 3;
                out.add(new Literal(line, s.substring(i + 3, end - 3)));
            } else if (c == '"' || c == '\'') {
                end = closing(s, i + 1, String.valueOf(c)) + 1;
                out.add(new Literal(line, s.substring(i + 1, end - 1)));
            } else {
                end = i + 1;
            }
            line += (int) s.substring(i, end).chars().filter(ch -> ch == '\n').count();
            i = end;
        }
        return out;
    }

    /** Where the literal that starts before {@code from} closes: the next unescaped {@code quote}. */
    private static int closing(String s, int from, String quote) {
        int i = from;
        while (!s.startsWith(quote, i)) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** JLS 3.3: {@code \\uXXXX} (any number of u) becomes its char, unless its backslash is itself escaped. */
    static String translateUnicodeEscapes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int backslashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (s.charAt(j) == 'u') {
                    j++;
                }
                out.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
                i = j + 3;
                backslashes = 0;
                continue;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }
}
