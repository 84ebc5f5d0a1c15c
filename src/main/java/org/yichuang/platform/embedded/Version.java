package org.yichuang.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, filtered into version.properties by the build. */
public final class Version {
    public static final String VALUE = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/org/yichuang/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
