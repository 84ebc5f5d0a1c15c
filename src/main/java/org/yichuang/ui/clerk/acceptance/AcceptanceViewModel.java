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
import org.yichuang.domain.applicant.Prefill;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.SituationChoice;
import org.yichuang.domain.cases.CaseDraft;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.clerk.guide.Guide;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.AcceptCase;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.PhotoDecoder;

/** Acceptance of one item or bundle: applicant from the card, situations, one merged form, materials, accept. */
public final class AcceptanceViewModel {
    /** The collaborators an acceptance needs, wired once by the composition root. */
    public record Services(IdCardReader reader, PhotoDecoder photos, AcceptCase acceptCase, TaskExecutor tasks,
                           ClerkNavigator navigator, I18n i18n, ErrorMessages errors, Clock clock) {
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

    /** A read in the background: the identity and, when a decoder is configured, its photo. */
    private record Read(Applicant applicant, byte[] wlt, java.util.Optional<PhotoDecoder.Photo> photo) {
    }
    private final StringProperty cardMessage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final List<SituationModel> situations;
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final ObservableList<MaterialModel> materials = FXCollections.observableArrayList();

    public AcceptanceViewModel(Guide guide, Clerk clerk, Services services) {
        this.guide = guide;
        this.clerk = clerk;
        this.s = services;
        this.situations = Merging.situations(guide.items()).stream().map(SituationModel::new).toList();
        situations.forEach(m -> m.answerProperty().addListener((obs, was, now) -> rebuild()));
        rebuild();
    }

    /** Re-derives fields and materials from the answers, keeping what was typed or ticked. */
    private void rebuild() {
        Map<String, String> typed = fields.stream().collect(Collectors.toMap(f -> f.field().key(), f -> f.valueProperty().get()));
        Set<String> ticked = materials.stream().filter(m -> m.providedProperty().get()).map(m -> m.material().id())
                .collect(Collectors.toSet());
        Set<SituationChoice> answers = answers();
        fields.setAll(Merging.fields(guide.items(), answers).stream().map(f -> {
            FieldModel model = new FieldModel(f, s.i18n());
            model.valueProperty().set(typed.getOrDefault(f.key(), ""));
            return model;
        }).toList());
        materials.setAll(Merging.materials(guide.items(), answers).stream().map(m -> {
            MaterialModel model = new MaterialModel(m);
            model.providedProperty().set(ticked.contains(m.id()));
            return model;
        }).toList());
        prefill();
    }

    private Set<SituationChoice> answers() {
        return situations.stream().filter(m -> m.answerProperty().get() != null)
                .map(m -> new SituationChoice(m.situation().id(), m.answerProperty().get().id())).collect(Collectors.toSet());
    }

    /** Reads the agent's (代办人) card after the principal's; the agent is recorded apart from the applicant. */
    public void readAgentCard() {
        readWith(agentMessage, read -> takeAgent(read.applicant()));
    }

    /** One card read in the background, its progress and failures told in {@code message}. */
    private void readWith(StringProperty message, java.util.function.Consumer<Read> onRead) {
        if (reading.get()) {
            return;
        }
        reading.set(true);
        message.set(s.i18n().get("acceptance.card.reading"));
        s.tasks().run(() -> {
            IdCardReader.Identity identity = s.reader().readIdentity(Duration.ofSeconds(10));
            boolean decodable = identity.wltPhoto().length > 0 && s.photos().configured();
            return new Read(identity.applicant(), identity.wltPhoto(),
                    decodable ? s.photos().decode(identity.wltPhoto()) : java.util.Optional.empty());
        }, read -> {
            reading.set(false);
            onRead.accept(read);
        }, failure -> {
            reading.set(false);
            message.set(failure instanceof IdCardReader.IdCardException e ? s.i18n().get(e.messageKey())
                    : s.errors().of(failure));
        });
    }

    private void takeAgent(Applicant read) {
        if (applicant.get() != null && read.idNumber().equalsIgnoreCase(applicant.get().idNumber())) {
            agentMessage.set(s.i18n().get("acceptance.agent.same"));
            return;
        }
        agent.set(read);
        agentMessage.set(cardWarning(read));
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
        String number = idNumber == null ? "" : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
        List<String> problems = new java.util.ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("field.required");
        }
        var birth = org.yichuang.domain.applicant.IdNumbers.birthDate(number).orElse(null);
        Applicant typed = new Applicant(name == null ? "" : name.strip(),
                number.length() == 18 ? org.yichuang.domain.applicant.Sex.fromCode((number.charAt(16) - '0') % 2 == 1 ? "1" : "2")
                        : org.yichuang.domain.applicant.Sex.UNKNOWN, "", birth, address == null ? "" : address.strip(), number,
                "", null, null, org.yichuang.domain.applicant.IdDocumentType.RESIDENT_ID);
        problems.addAll(ApplicantChecks.problems(typed, LocalDate.now(s.clock())));
        if (problems.isEmpty()) {
            applicant.set(typed);
            photo.set(null);
            photoNote.set("");
            cardMessage.set(s.i18n().get("acceptance.manual.taken"));
            prefill();
        }
        return problems;
    }

    public void readCard() {
        readWith(cardMessage, read -> {
            applicant.set(read.applicant());
            cardMessage.set(cardWarning(read.applicant()));
            photo.set(read.photo().orElse(null));
            photoNote.set(read.photo().isPresent() ? "" : s.i18n().get(read.wlt().length == 0 ? "acceptance.photo.none"
                    : s.photos().configured() ? "acceptance.photo.undecodable" : "acceptance.photo.needsDecoder"));
            prefill();
        });
    }

    /** Every warning about the document at once: an invalid number and an expired card are both said. */
    private String cardWarning(Applicant a) {
        return ApplicantChecks.problems(a, LocalDate.now(s.clock())).stream().map(k -> s.i18n().get(k))
                .collect(Collectors.joining("\n"));
    }

    private void prefill() {
        Applicant a = applicant.get();
        for (FieldModel f : fields) {
            if (f.valueProperty().get().isBlank()) {
                Prefill.fromCard(f.field().prefill(), a).ifPresent(f.valueProperty()::set);
            }
        }
    }

    public void accept() {
        if (busy.get()) {
            return;
        }
        if (applicant.get() == null) {
            message.set(s.i18n().get("acceptance.noApplicant"));
            return;
        }
        long invalid = fields.stream().filter(f -> !f.validate(true)).count();
        List<String> missing = materials.stream().filter(m -> !m.providedProperty().get()).map(m -> m.material().name()).toList();
        if (invalid > 0) {
            message.set(s.i18n().get("acceptance.invalidFields", invalid));
            return;
        }
        if (!missing.isEmpty()) {
            message.set(s.i18n().get("acceptance.missingMaterials", missing.size(), String.join("、", missing)));
            return;
        }
        busy.set(true);
        message.set(s.i18n().get("acceptance.submitting"));
        CaseDraft draft = draft();
        s.tasks().run(() -> s.acceptCase().accept(draft, clerk, guide.lead().handlingPlace(), guide.lead().consultPhone()),
                accepted -> {
                    busy.set(false);
                    s.navigator().receipt(guide, accepted);
                }, failure -> {
                    busy.set(false);
                    message.set(s.errors().of(failure)); // the draft stays as it is: nothing typed is lost
                });
    }

    CaseDraft draft() {
        Map<String, String> form = new HashMap<>();
        fields.forEach(f -> form.put(f.field().key(), f.valueProperty().get().strip()));
        List<MaterialProvision> provided = materials.stream().map(m -> MaterialProvision.file(m.material().id(),
                m.material().name(), Provision.SCAN, "", new byte[0])).toList();
        if (agent.get() != null) { // recorded apart from the principal, as read from the agent's own card
            form.put("agent.documentType", agent.get().documentType().name());
        }
        return new CaseDraft(idempotencyKey, guide.type(), guide.code(), applicant.get(), agent.get(),
                form.getOrDefault("applicant.phone", ""), form, provided, "");
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
