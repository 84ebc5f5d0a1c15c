package org.yichuang.platform.embedded;

import org.yichuang.domain.catalogue.Audience;

/** The public catalogue: item and bundle search and guides. */
final class CatalogueRoutes {
    private CatalogueRoutes() {
    }

    static void register(Router router, Catalogue catalogue) {
        router.on("GET", "/api/v1/catalogue/items", x -> x.send(200, catalogue.searchItems(x.query().get("q"),
                        audience(x.query().get("audience")), x.intQuery("page", 0, 0, 10_000), x.intQuery("size", 20, 1, 100))))
                .on("GET", "/api/v1/catalogue/items/{code}", x -> x.send(200,
                        catalogue.item(x.path("code")).orElseThrow(() -> ApiError.notFound("item " + x.path("code")))))
                .on("GET", "/api/v1/catalogue/bundles", x -> x.send(200, catalogue.searchBundles(x.query().get("q"),
                        x.intQuery("page", 0, 0, 10_000), x.intQuery("size", 20, 1, 100))))
                .on("GET", "/api/v1/catalogue/bundles/{code}", x -> x.send(200,
                        catalogue.bundle(x.path("code")).orElseThrow(() -> ApiError.notFound("bundle " + x.path("code")))));
    }

    private static Audience audience(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Audience.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("audience must be PERSON or ENTERPRISE");
        }
    }
}
