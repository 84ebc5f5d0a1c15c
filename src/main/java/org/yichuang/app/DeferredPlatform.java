package org.yichuang.app;

import java.time.LocalDate;
import java.util.List;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.clerk.WorkList;
import org.yichuang.domain.evaluation.Evaluation;
import org.yichuang.domain.licence.ElectronicLicence;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.yichuang.usecase.port.ServicePlatform;
import org.yichuang.usecase.port.PlatformException;

/**
 * The platform while the embedded one is still starting: the window shows at once and the first call waits.
 * Calls run off the FX thread, so the wait never freezes the screen.
 */
final class DeferredPlatform implements ServicePlatform {
    private final CompletableFuture<ServicePlatform> ready;

    DeferredPlatform(CompletableFuture<ServicePlatform> ready) {
        this.ready = ready;
    }

    private ServicePlatform p() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw new PlatformException(PlatformException.Kind.UNREACHABLE,
                    "the embedded platform did not start: " + e.getCause().getMessage(), List.of(), e.getCause());
        }
    }

    @Override public String health() { return p().health(); }
    @Override public Page<ItemSummary> searchItems(String q, Audience a, int page, int size) { return p().searchItems(q, a, page, size); }
    @Override public ServiceItem item(String code) { return p().item(code); }
    @Override public Page<BundleSummary> searchBundles(String q, int page, int size) { return p().searchBundles(q, page, size); }
    @Override public BundleGuide bundle(String code) { return p().bundle(code); }
    @Override public ClerkSession signIn(String username, char[] password) { return p().signIn(username, password); }
    @Override public void signOut() { p().signOut(); }
    @Override public CaseRecord submitCase(String key, CaseSubmission s) { return p().submitCase(key, s); }
    @Override public CaseMaterial uploadMaterial(String n, String m, byte[] pdf) { return p().uploadMaterial(n, m, pdf); }
    @Override public CaseRecord caseRecord(String n) { return p().caseRecord(n); }
    @Override public List<CaseSummary> casesOf(String id) { return p().casesOf(id); }
    @Override public CaseProgress progress(String n) { return p().progress(n); }
    @Override public PersonalProfile profile(String id) { return p().profile(id); }
    @Override public List<ElectronicLicence> licences(String holder) { return p().licences(holder); }
    @Override public byte[] licenceFile(String number) { return p().licenceFile(number); }
    @Override public void evaluate(Evaluation e) { p().evaluate(e); }
    @Override public WorkList workOf(LocalDate day) { return p().workOf(day); }
}
