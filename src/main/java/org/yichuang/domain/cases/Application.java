package org.yichuang.domain.cases;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.RefusalGrounds;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.catalogue.Situation;
import org.yichuang.domain.catalogue.SituationChoice;

/**
 * One application, the same at the window and the kiosk: what is applied for, the situations answered (each asked
 * once across a bundle), the one merged form and the one set of materials they call for, and the draft a decision
 * is recorded from. The idempotency key is fixed when the application starts, so a retried or kept submission can
 * never open a second case. Pure: no UI, no I/O; not thread-safe.
 */
public final class Application {
    private final Subject subject;
    private final String hallRegion;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final Map<String, String> answers = new LinkedHashMap<>();

    /** {@code hallRegion}: the province-level region of the hall or terminal (GB/T 2260, e.g. 610000). */
    public Application(Subject subject, String hallRegion) {
        this.subject = subject;
        this.hallRegion = hallRegion;
    }

    public Subject subject() {
        return subject;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The situation questions of every item, each asked once. */
    public List<Situation> situations() {
        return Merging.situations(subject.items());
    }

    /** Answers a situation question; null clears the answer. */
    public void answer(String situationId, String optionId) {
        if (optionId == null) {
            answers.remove(situationId);
        } else {
            answers.put(situationId, optionId);
        }
    }

    public Set<SituationChoice> answers() {
        return answers.entrySet().stream().map(e -> new SituationChoice(e.getKey(), e.getValue())).collect(Collectors.toSet());
    }

    /** The merged form (一表) for the answers given. */
    public List<FormField> fields() {
        return Merging.fields(subject.items(), answers());
    }

    /** The one set of materials (一套材料) for the answers given. */
    public List<Material> materials() {
        return Merging.materials(subject.items(), answers());
    }

    /** The names of the items that need {@code material} with the answers given: why it is asked for. */
    public List<String> itemsNeeding(Material material) {
        Set<SituationChoice> given = answers();
        return subject.items().stream().filter(i -> i.materials().stream()
                .anyMatch(m -> m.id().equals(material.id()) && m.appliesTo(given))).map(ServiceItem::name).toList();
    }

    /** The grounds this application may be refused on: statutory, each unmet condition, and the items' own. */
    public List<String> refusalGrounds() {
        return RefusalGrounds.of(subject.items());
    }

    /** Whether an item may be accepted here for another region (跨域通办). */
    public boolean crossRegionOffered() {
        return subject.items().stream().anyMatch(ServiceItem::crossRegion);
    }

    public String hallRegion() {
        return hallRegion;
    }

    /**
     * The application as it stands, for a decision: the form in canonical values (with any confirmed warnings under
     * {@link FieldRules#confirmationKey}), the agent's document type recorded apart, and the handling region only
     * when it is another region and the items allow it. {@code typed}: field key → value as typed.
     */
    public CaseDraft draft(CardHolder applicant, CardHolder agent, Map<String, String> typed, Map<String, String> confirmed,
                           List<MaterialProvision> provided, String handlingRegion) {
        Map<String, String> form = new HashMap<>();
        for (FormField f : fields()) {
            form.put(f.key(), FieldRules.canonical(f.type(), typed.getOrDefault(f.key(), "")));
            String confirmation = confirmed.get(f.key());
            if (confirmation != null) {
                form.put(FieldRules.confirmationKey(f.key()), confirmation);
            }
        }
        if (agent != null) {
            form.put("agent.documentType", agent.documentType().name());
        }
        String region = crossRegionOffered() && handlingRegion != null && !hallRegion.equals(handlingRegion)
                ? handlingRegion : "";
        return new CaseDraft(idempotencyKey, subject.type(), subject.code(), applicant, agent,
                form.getOrDefault("applicant.phone", ""), form, provided, region);
    }
}
