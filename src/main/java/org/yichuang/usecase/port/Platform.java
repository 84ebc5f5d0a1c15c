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
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.clerk.ClerkSession;
import org.yichuang.domain.clerk.WorkList;
import org.yichuang.domain.evaluation.Evaluation;
import org.yichuang.domain.licence.ElectronicLicence;

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

    /**
     * Records an application with the window's decision (accepted, notified or refused): every decision gets a
     * case number. The same idempotency key with the same submission returns the same case.
     */
    CaseRecord submitCase(String idempotencyKey, CaseSubmission submission);

    /**
     * Sends a material's PDF; the platform checks it against the digests declared on submission. Sending a
     * deferred material supplies it (补齐容缺材料).
     */
    CaseMaterial uploadMaterial(String caseNumber, String materialId, byte[] pdf);

    CaseRecord caseRecord(String caseNumber);

    List<CaseSummary> casesOf(String applicantIdNumber);

    /** The public, masked progress of a case, for kiosks. */
    CaseProgress progress(String caseNumber);

    /** The personal profile (一人一档) of a person, {@link PersonalProfile#EMPTY} when the platform has none. */
    PersonalProfile profile(String idNumber);

    /** The e-licences (电子证照) issued to a holder, by ID number or USCC. */
    List<ElectronicLicence> licences(String holderId);

    /** One e-licence as PDF, for a material it replaces. */
    byte[] licenceFile(String licenceNumber);

    /** Records a rating (好差评) of a case; rating the same case twice is refused unless the first was bad. */
    void evaluate(Evaluation evaluation);

    /** The signed-in clerk's cases decided on a day, and their deferred materials still outstanding. */
    WorkList workOf(java.time.LocalDate day);
}
