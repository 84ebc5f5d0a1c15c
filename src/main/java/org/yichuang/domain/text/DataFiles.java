package org.yichuang.domain.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The domain's code tables and terms, read from UTF-8 resources beside the classes; a missing one is a build error. */
public final class DataFiles {
    private DataFiles() {
    }

    /** The rows of a tab-separated table, in file order; blank lines and lines starting with # are skipped. */
    public static List<String[]> table(Class<?> owner, String name) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader(owner, name))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    /** A properties file read as UTF-8. */
    public static Properties properties(Class<?> owner, String name) {
        Properties p = new Properties();
        try (Reader in = reader(owner, name)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Reader reader(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
