package org.yichuang.usecase.port;

import java.util.List;
import org.yichuang.domain.catalogue.Audience;
import org.yichuang.domain.catalogue.BundleGuide;
import org.yichuang.domain.catalogue.BundleSummary;
import org.yichuang.domain.catalogue.ItemSummary;
import org.yichuang.domain.catalogue.Page;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseProgress;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.CaseSummary;
import org.yichuang.domain.clerk.ClerkSession;

/**
 * The province's integrated service platform, as the contract {@code platform-api.yaml} describes it.
 * Every method may throw {@link PlatformException}.
 */
public interface Platform {
    /** The platform's name and version when it answers. */
    String health();

    Page<ItemSummary> searchItems(String query, Audience audience, int page, int size);

    ServiceItem item(String code);

    Page<BundleSummary> searchBundles(String query, int page, int size);

    BundleGuide bundle(String code);

    /** Signs in; later calls that need a clerk use the session's token. */
    ClerkSession signIn(String username, char[] password);

    void signOut();

    /** Opens a case; the same idempotency key with the same submission returns the same case. */
    CaseRecord submitCase(String idempotencyKey, CaseSubmission submission);

    CaseMaterial uploadMaterial(String caseNumber, String materialId, byte[] pdf);

    CaseRecord caseRecord(String caseNumber);

    List<CaseSummary> casesOf(String applicantIdNumber);

    /** The public, masked progress of a case, for kiosks. */
    CaseProgress progress(String caseNumber);
}
