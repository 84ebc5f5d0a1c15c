package org.yichuang.ui.clerk.acceptance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yichuang.domain.applicant.Applicant;
import org.yichuang.domain.applicant.ApplicantChecks;
import org.yichuang.domain.catalogue.FieldRules;
import org.yichuang.domain.applicant.Prefill;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.SituationChoice;
import org.yichuang.domain.cases.Actor;
import org.yichuang.domain.cases.CaseDraft;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.clerk.guide.Guide;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.IdentifyApplicant.Identified;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.domain.catalogue.RefusalGrounds;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.PhotoDecoder;

/** Acceptance of one item or bundle: applicant from the card, situations, one merged form, materials, accept. */
public final class AcceptanceViewModel {
    /** The collaborators an acceptance needs, wired once by the composition root. */
    public record Services(IdentifyApplicant identify, DecideCase decideCase,
                           MaterialActions materialActions, TaskExecutor tasks, ClerkNavigator navigator, I18n i18n,
                           ErrorMessages errors, Clock clock) {
    }

    private final Guide guide;
    private final Clerk clerk;
    private final Services s;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final ObjectProperty<Applicant> applicant = new SimpleObjectProperty<>();
    private final ObjectProperty<Applicant> agent = new SimpleObjectProperty<>();
    private final StringProperty agentMessage = new SimpleStringProperty("");
    private final ObjectProperty<PhotoDecoder.Photo> photo = new SimpleObjectProperty<>();
    private final StringProperty photoNote = new SimpleStringProperty("");

    private final StringProperty cardMessage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final List<SituationModel> situations;
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final ObservableList<MaterialModel> materials = FXCollections.observableArrayList();
    private final StringProperty handlingRegion = new SimpleStringProperty();
    private final StringProperty recordsMessage = new SimpleStringProperty("");
    private PersonalProfile profile = PersonalProfile.EMPTY;
    private List<ElectronicLicence> licences = List.of();

    public AcceptanceViewModel(Guide guide, Clerk clerk, Services services) {
        this.guide = guide;
        this.clerk = clerk;
        this.s = services;
        this.handlingRegion.set(clerk.region());
        this.situations = Merging.situations(guide.items()).stream().map(SituationModel::new).toList();
        situations.forEach(m -> m.answerProperty().addListener((obs, was, now) -> rebuild()));
        rebuild();
    }

    /** Re-derives fields and materials from the answers, keeping what was typed or ticked. */
    private void rebuild() {
        Map<String, String> typed = fields.stream().collect(Collectors.toMap(f -> f.field().key(), f -> f.valueProperty().get()));
        Map<String, MaterialModel.Satisfaction> kept = new HashMap<>();
        materials.stream().filter(MaterialModel::satisfied)
                .forEach(m -> kept.put(m.material().id(), m.satisfactionProperty().get()));
        Set<SituationChoice> answers = answers();
        fields.setAll(Merging.fields(guide.items(), answers).stream().map(f -> {
            FieldModel model = new FieldModel(f, s.i18n());
            model.valueProperty().set(typed.getOrDefault(f.key(), ""));
            return model;
        }).toList());
        materials.setAll(Merging.materials(guide.items(), answers).stream().map(m -> {
            MaterialModel model = new MaterialModel(m);
            model.satisfactionProperty().set(kept.get(m.id()));
            return model;
        }).toList());
        offerLicences(false);
        prefill();
    }

    private Set<SituationChoice> answers() {
        return situations.stream().filter(m -> m.answerProperty().get() != null)
                .map(m -> new SituationChoice(m.situation().id(), m.answerProperty().get().id())).collect(Collectors.toSet());
    }

    /** Reads the agent's (代办人) card after the principal's; the agent is recorded apart from the applicant. */
    public void readAgentCard() {
        readWith(agentMessage, this::takeAgent);
    }

    /** One card read in the background, its progress and failures told in {@code message}. */
    private void readWith(StringProperty message, java.util.function.Consumer<Identified> onRead) {
        if (reading.get()) {
            return;
        }
        reading.set(true);
        message.set(s.i18n().get("acceptance.card.reading"));
        s.tasks().run(() -> s.identify().read(Duration.ofSeconds(10)), read -> {
            reading.set(false);
            onRead.accept(read);
        }, failure -> {
            reading.set(false);
            message.set(failure instanceof IdCardReader.IdCardException e
                    ? org.yichuang.ui.common.CardMessages.forClerk(e, s.i18n()) : s.errors().of(failure));
        });
    }

    private void takeAgent(Identified identified) {
        Applicant read = identified.person();
        if (applicant.get() != null && read.idNumber().equalsIgnoreCase(applicant.get().idNumber())) {
            agentMessage.set(s.i18n().get("acceptance.agent.same"));
            return;
        }
        agent.set(read);
        agentMessage.set(warnings(identified.problems()));
        for (FieldModel f : fields) {
            switch (f.field().key()) {
                case "agent.name" -> f.valueProperty().set(read.name());
                case "agent.idNumber" -> f.valueProperty().set(read.idNumber());
                default -> { }
            }
        }
    }

    /**
     * The applicant typed in when there is no card: checked like a card. Sex and birth date come from the number.
     * Returns the problems (message keys); empty when the applicant was taken.
     */
    public List<String> enterManually(String name, String idNumber, String address) {
        Identified typed = s.identify().typed(name, idNumber, address);
        List<String> problems = typed.problems();
        if (problems.isEmpty()) {
            applicant.set(typed.person());
            photo.set(null);
            photoNote.set("");
            cardMessage.set(s.i18n().get("acceptance.manual.taken"));
            prefill();
            loadRecords(typed.person());
        }
        return problems;
    }

    public void readCard() {
        readWith(cardMessage, read -> {
            applicant.set(read.person());
            cardMessage.set(warnings(read.problems()));
            photo.set(read.photo().orElse(null));
            photoNote.set(switch (read.photoNote()) {
                case DECODED -> "";
                case NONE_FROM_READER -> s.i18n().get("acceptance.photo.none");
                case UNDECODABLE -> s.i18n().get("acceptance.photo.undecodable");
                case NEEDS_DECODER -> s.i18n().get("acceptance.photo.needsDecoder");
            });
            prefill();
            loadRecords(read.person());
        });
    }

    /** Every warning about the document at once: an invalid number and an expired card are both said. */
    private String warnings(List<String> problems) {
        return problems.stream().map(k -> s.i18n().get(k)).collect(Collectors.joining("\n"));
    }

    private void prefill() {
        Applicant a = applicant.get();
        for (FieldModel f : fields) {
            if (f.valueProperty().get().isBlank()) {
                Prefill.fromCard(f.field().prefill(), a).or(() -> Prefill.fromProfile(f.field().prefill(), profile))
                        .ifPresent(f.valueProperty()::set);
            }
        }
    }

    /**
     * The applicant's personal profile (一人一档) and e-licences from the platform: the profile fills what the card
     * cannot, and each material an e-licence can replace is satisfied by it (免提交). Failure only says so.
     */
    private void loadRecords(Applicant who) {
        profile = PersonalProfile.EMPTY;
        licences = List.of();
        recordsMessage.set(s.i18n().get("acceptance.records.loading"));
        s.tasks().run(() -> s.identify().records(who), found -> {
            if (applicant.get() != who) {
                return; // another applicant was read meanwhile
            }
            profile = found.profile();
            licences = found.licences();
            prefill();
            offerLicences(true);
            recordsMessage.set(s.i18n().get("acceptance.records.found", licences.size()));
        }, failure -> recordsMessage.set(s.i18n().get("acceptance.records.failed") + s.errors().of(failure)));
    }

    /** Lists the valid licences each material can take; with {@code use}, takes the first for each open material. */
    private void offerLicences(boolean use) {
        LocalDate today = LocalDate.now(s.clock());
        for (MaterialModel m : materials) {
            String type = m.material().elicenceType();
            m.licences().setAll(type == null || type.isBlank() ? List.of()
                    : licences.stream().filter(l -> type.equals(l.type()) && l.validOn(today)).toList());
            if (use && !m.satisfied() && !m.licences().isEmpty()) {
                s.materialActions().useLicence(m, m.licences().getFirst());
            }
        }
    }

    /** 受理: only with an applicant, a valid form and every material satisfied (or deferred). */
    public void accept() {
        if (!ready()) {
            return;
        }
        long invalid = fields.stream().filter(f -> !f.validate(true)).count();
        List<String> missing = materials.stream().filter(m -> !m.satisfied()).map(m -> m.material().name()).toList();
        if (invalid > 0) {
            message.set(s.i18n().get("acceptance.invalidFields", invalid));
            return;
        }
        if (!missing.isEmpty()) {
            message.set(s.i18n().get("acceptance.missingMaterials", missing.size(), String.join("、", missing)));
            return;
        }
        Map<String, byte[]> files = new HashMap<>();
        materials.forEach(m -> {
            var sat = m.satisfactionProperty().get();
            if (sat.pdf() != null) {
                files.put(m.material().id(), sat.pdf());
            }
        });
        decide(draft(true), CaseDecision.accept(), files);
    }

    /** What a one-time notification would list now: every missing material and every field to correct. */
    public List<Shortfall> shortfalls() {
        return Shortfalls.of(guide.items(), answers(), fields, materials, s.i18n());
    }

    /** 一次性告知: records the notification with everything missing, once. */
    public void notifyShortfalls() {
        if (!ready()) {
            return;
        }
        List<Shortfall> all = shortfalls();
        if (all.isEmpty()) {
            message.set(s.i18n().get("acceptance.nothingMissing"));
            return;
        }
        decide(draft(false), CaseDecision.notify(all), Map.of());
    }

    /** The grounds this application may be refused on. */
    public List<String> refusalGrounds() {
        return RefusalGrounds.of(guide.items());
    }

    /** 不予受理: a ground from the items' grounds, and the clerk's own words. */
    public void refuse(String ground, String detail) {
        if (!ready()) {
            return;
        }
        if (ground == null || !refusalGrounds().contains(ground)) {
            message.set(s.i18n().get("acceptance.refusal.noGround"));
            return;
        }
        decide(draft(false), CaseDecision.refuse(ground, detail == null ? "" : detail.strip()), Map.of());
    }

    private boolean ready() {
        if (busy.get()) {
            return false;
        }
        if (applicant.get() == null) {
            message.set(s.i18n().get("acceptance.noApplicant"));
            return false;
        }
        if (s.materialActions().workingProperty().get() > 0) {
            message.set(s.i18n().get("acceptance.materialsWorking"));
            return false;
        }
        return true;
    }

    private void decide(CaseDraft draft, CaseDecision decision, Map<String, byte[]> files) {
        busy.set(true);
        message.set(s.i18n().get("acceptance.submitting"));
        s.tasks().run(() -> s.decideCase().decide(draft, decision, files, new Actor.AtWindow(clerk), guide.items()), outcome -> {
            busy.set(false);
            switch (outcome) {
                case DecideCase.Recorded recorded -> s.navigator().documents(recorded.record(), recorded.documents());
                case DecideCase.Kept kept -> s.navigator().kept(kept);
            }
        }, failure -> {
            busy.set(false);
            message.set(s.errors().of(failure)); // the draft stays as it is: nothing typed is lost
        });
    }

    /** The application as it stands; materials only when accepting (a notice or refusal keeps no files). */
    CaseDraft draft(boolean withMaterials) {
        Map<String, String> form = new HashMap<>();
        fields.forEach(f -> {
            form.put(f.field().key(), f.canonicalValue());
            if (f.confirmation() != null) { // recorded with the case: who saw what and went on
                form.put(FieldRules.confirmationKey(f.field().key()), f.confirmation());
            }
        });
        List<MaterialProvision> provided = withMaterials
                ? materials.stream().flatMap(m -> m.provision().stream()).toList() : List.of();
        if (agent.get() != null) { // recorded apart from the principal, as read from the agent's own card
            form.put("agent.documentType", agent.get().documentType().name());
        }
        return new CaseDraft(idempotencyKey, guide.type(), guide.code(), applicant.get(), agent.get(),
                form.getOrDefault("applicant.phone", ""), form, provided,
                crossRegionOffered() && !clerk.region().equals(handlingRegion.get()) ? handlingRegion.get() : "");
    }

    /** Whether an item of this application may be accepted here for another region (跨域通办). */
    public boolean crossRegionOffered() {
        return guide.items().stream().anyMatch(org.yichuang.domain.catalogue.ServiceItem::crossRegion);
    }

    public StringProperty handlingRegionProperty() {
        return handlingRegion;
    }

    public StringProperty recordsMessageProperty() {
        return recordsMessage;
    }

    public MaterialActions materialActions() {
        return s.materialActions();
    }

    public void cancel() {
        s.navigator().home();
    }

    public Guide guide() {
        return guide;
    }

    public List<SituationModel> situations() {
        return situations;
    }

    public ObservableList<FieldModel> fields() {
        return fields;
    }

    public ObservableList<MaterialModel> materials() {
        return materials;
    }

    public ObjectProperty<Applicant> applicantProperty() {
        return applicant;
    }

    public ObjectProperty<PhotoDecoder.Photo> photoProperty() {
        return photo;
    }

    public StringProperty photoNoteProperty() {
        return photoNote;
    }

    public ObjectProperty<Applicant> agentProperty() {
        return agent;
    }

    public StringProperty agentMessageProperty() {
        return agentMessage;
    }

    /** Whether the chosen situations ask for an agent. */
    public boolean needsAgent() {
        return fields.stream().anyMatch(f -> f.field().group() == org.yichuang.domain.catalogue.FieldGroup.AGENT);
    }

    public StringProperty cardMessageProperty() {
        return cardMessage;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty readingProperty() {
        return reading;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
