package org.yichuang.platform.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yichuang.domain.catalogue.Bundle;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.platform.Json;

/** Reads the catalogue files named in {@code catalogue/index.txt} from the class path. */
public final class CatalogueLoader {
    private record CatalogueFile(List<ServiceItem> items, List<Bundle> bundles) {
    }

    private CatalogueLoader() {
    }

    public static Catalogue fromClassPath() {
        ObjectMapper json = Json.mapper();
        List<ServiceItem> items = new ArrayList<>();
        List<Bundle> bundles = new ArrayList<>();
        for (String name : resource("catalogue/index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            try {
                CatalogueFile file = json.readValue(resource("catalogue/" + name), CatalogueFile.class);
                if (file.items() != null) {
                    items.addAll(file.items());
                }
                if (file.bundles() != null) {
                    bundles.addAll(file.bundles());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("catalogue/" + name + " cannot be read", e);
            }
        }
        return new Catalogue(items, bundles);
    }

    private static String resource(String path) {
        try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
