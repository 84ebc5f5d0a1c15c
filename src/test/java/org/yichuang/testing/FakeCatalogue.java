package org.yichuang.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.CaseKind;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.ItemType;
import org.yichuang.domain.catalogue.Page;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.text.SearchText;
import org.yichuang.usecase.port.PlatformException;
import org.yichuang.usecase.port.ServiceCatalogue;

/**
 * A catalogue of two items and the bundle of both (the newborn bundle of {@code documents.Samples}), answering as the
 * platform does: an empty query lists everything, an unknown code is NOT_FOUND. Records every call; after
 * {@link #failWith} every call throws that failure instead.
 */
public final class FakeCatalogue implements ServiceCatalogue {
    public static final ServiceItem BIRTH_CERTIFICATE = item("WJ-0001", "出生医学证明办理", "市卫生健康委员会",
            CaseKind.INSTANT, 0, "csyxzm");
    public static final ServiceItem BIRTH_REGISTRATION = item("GA-0002", "出生登记", "市公安局", CaseKind.PROMISE, 5,
            "csdj");
    public static final BundleGuide NEWBORN = new BundleGuide("YJS-08", "新生儿出生一件事", Audience.PERSON,
            "市卫生健康委员会", "出生医学证明、出生登记一次办", 5, List.of("xsecs"),
            List.of(BIRTH_CERTIFICATE, BIRTH_REGISTRATION));

    /** Each call, as "items:query", "bundles:query", "item:code" or "bundle:code". */
    public final List<String> calls = new ArrayList<>();
    private PlatformException failure;

    private static ServiceItem item(String code, String name, String department, CaseKind kind, int promised,
                                    String keyword) {
        return new ServiceItem(code, name, department, ItemType.PUBLIC_SERVICE, Audience.PERSON, kind, 20, promised,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), "一楼综合窗口", "12345", false,
                List.of(keyword), false, List.of());
    }

    /** From now on every call fails with {@code failure}, as an unreachable or broken platform would. */
    public void failWith(PlatformException failure) {
        this.failure = failure;
    }

    @Override
    public Page<ItemSummary> searchItems(String query, Audience audience, int page, int size) {
        answer("items:" + query);
        List<ItemSummary> found = Stream.of(BIRTH_CERTIFICATE, BIRTH_REGISTRATION)
                .filter(i -> matches(query, i.code(), i.name(), i.keywords())).map(ServiceItem::summary).toList();
        return new Page<>(found.stream().limit(size).toList(), page, size, found.size());
    }

    @Override
    public ServiceItem item(String code) {
        answer("item:" + code);
        return Stream.of(BIRTH_CERTIFICATE, BIRTH_REGISTRATION).filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new PlatformException(PlatformException.Kind.NOT_FOUND, "no item " + code));
    }

    @Override
    public Page<BundleSummary> searchBundles(String query, int page, int size) {
        answer("bundles:" + query);
        List<BundleSummary> found = matches(query, NEWBORN.code(), NEWBORN.name(), NEWBORN.keywords())
                ? List.of(new BundleSummary(NEWBORN.code(), NEWBORN.name(), NEWBORN.audience(), NEWBORN.leadDepartment(),
                NEWBORN.items().size(), NEWBORN.promisedLimitDays())) : List.of();
        return new Page<>(found, page, size, found.size());
    }

    @Override
    public BundleGuide bundle(String code) {
        answer("bundle:" + code);
        if (!code.equals(NEWBORN.code())) {
            throw new PlatformException(PlatformException.Kind.NOT_FOUND, "no bundle " + code);
        }
        return NEWBORN;
    }

    private void answer(String call) {
        calls.add(call);
        if (failure != null) {
            throw failure;
        }
    }

    private static boolean matches(String query, String code, String name, List<String> keywords) {
        return SearchText.contains(code, query) || SearchText.contains(name, query)
                || keywords.stream().anyMatch(k -> SearchText.contains(k, query));
    }
}
