package org.yichuang.ui.clerk.acceptance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.cases.Prefill;
import org.yichuang.domain.catalogue.FieldGroup;
import org.yichuang.domain.clerk.Actor;
import org.yichuang.domain.cases.Application;
import org.yichuang.domain.cases.Subject;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.IdentifyApplicant;

/**
 * Acceptance of one item or bundle at the window, as properties over the core: the people ({@link ApplicantModel}
 * over IdentifyApplicant), the {@link Application} (situations, one merged form, one set of materials, the draft),
 * and the decision ({@link DecideCase}: accept, notify everything missing at once, or refuse).
 */
public final class AcceptanceViewModel {
    /** The collaborators an acceptance needs, wired once by the composition root. */
    public record Services(IdentifyApplicant identify, DecideCase decideCase,
                           MaterialActions materialActions, TaskExecutor tasks, ClerkNavigator navigator, I18n i18n,
                           ErrorMessages errors, Clock clock) {
    }

    private final Application application;
    private final Clerk clerk;
    private final Services s;
    private final ApplicantModel people;
    private final DecisionModel decisions;
    private final List<SituationModel> situations;
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final ObservableList<MaterialModel> materials = FXCollections.observableArrayList();
    private final StringProperty handlingRegion = new SimpleStringProperty();
    private final javafx.beans.property.BooleanProperty leaving = new javafx.beans.property.SimpleBooleanProperty();
    private PersonalProfile profile = PersonalProfile.EMPTY;
    private List<ElectronicLicence> licences = List.of();
    private final Map<String, String> typedBefore = new HashMap<>(); // by field key, kept while an answer hides it
    private final Map<String, MaterialModel.Satisfaction> providedBefore = new HashMap<>(); // by material id

    public AcceptanceViewModel(Subject subject, Clerk clerk, Services services) {
        this.application = new Application(subject, clerk.region());
        this.clerk = clerk;
        this.s = services;
        this.people = new ApplicantModel(s.identify(), s.tasks(), s.i18n(), s.errors(), found -> {
            profile = found.profile();
            licences = found.licences();
            prefill();
            offerLicences(true);
        });
        people.applicantProperty().addListener((obs, was, now) -> {
            profile = PersonalProfile.EMPTY;
            licences = List.of();
            if (was != null) {
                forget(); // a case holds one applicant: nothing typed, prefilled or provided for the previous one stays
            }
            prefill();
            fields.forEach(f -> f.validate(false)); // a date may be judged against the applicant's birth date
        });
        people.agentProperty().addListener((obs, was, now) -> fillAgent(now));
        this.handlingRegion.set(clerk.region());
        this.decisions = new DecisionModel(application, new Actor.AtWindow(clerk), s, people,
                fields, materials, handlingRegion);
        this.situations = application.situations().stream().map(SituationModel::new).toList();
        for (SituationModel m : situations) { // each starts on its first option: the application hears it too
            answer(m);
            m.answerProperty().addListener((obs, was, now) -> {
                answer(m);
                rebuild();
            });
        }
        rebuild();
    }

    private void answer(SituationModel m) {
        var chosen = m.answerProperty().get();
        application.answer(m.situation().id(), chosen == null ? null : chosen.id());
    }

    /**
     * Re-derives fields and materials from the answers, keeping what was typed or provided: also for a field or
     * material an answer hid, so that answering back brings it back as it was.
     */
    private void rebuild() {
        fields.forEach(f -> typedBefore.put(f.field().key(), f.valueProperty().get()));
        materials.forEach(m -> providedBefore.put(m.material().id(), m.satisfactionProperty().get()));
        Map<String, String> typed = new HashMap<>(typedBefore);
        Map<String, MaterialModel.Satisfaction> kept = new HashMap<>(providedBefore);
        fields.setAll(application.fields().stream().map(f -> {
            FieldModel model = new FieldModel(f, s.i18n(), new FormDates(people.applicantProperty()::get, fields,
                    s.clock(), s.i18n()));
            model.valueProperty().set(typed.getOrDefault(f.key(), ""));
            model.errorProperty().addListener((obs, was, now) -> decisions.follow());
            return model;
        }).toList());
        materials.setAll(application.materials().stream().map(m -> {
            MaterialModel model = new MaterialModel(m);
            model.satisfactionProperty().set(kept.get(m.id()));
            model.satisfactionProperty().addListener((obs, was, now) -> decisions.follow());
            return model;
        }).toList());
        offerLicences(false);
        prefill();
        fillAgent(people.agentProperty().get());
    }

    /** Empties every field and material: they were the previous applicant's (the answers are the case's, kept). */
    private void forget() {
        typedBefore.clear();
        providedBefore.clear();
        fields.forEach(f -> f.valueProperty().set(""));
        materials.forEach(m -> {
            m.satisfactionProperty().set(null);
            m.licences().clear();
        });
    }

    /** Fills what is empty from the card, then from the platform's profile (一人一档). */
    private void prefill() {
        CardHolder a = people.applicantProperty().get();
        for (FieldModel f : fields) {
            if (f.valueProperty().get().isBlank()) {
                Prefill.fromCard(f.field().prefill(), a).or(() -> Prefill.fromProfile(f.field().prefill(), profile))
                        .ifPresent(f.valueProperty()::set);
            }
        }
    }

    /** The agent's card fills the agent's fields; without an agent they keep what was typed. */
    private void fillAgent(CardHolder agent) {
        if (agent == null) {
            return;
        }
        for (FieldModel f : fields) {
            switch (f.field().key()) {
                case "agent.name" -> f.valueProperty().set(agent.name());
                case "agent.idNumber" -> f.valueProperty().set(agent.idNumber());
                default -> { }
            }
        }
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

    /** Whether an item of this application may be accepted here for another region (跨域通办). */
    public boolean crossRegionOffered() {
        return application.crossRegionOffered();
    }

    /** Whether the chosen situations ask for an agent. */
    public boolean needsAgent() {
        return fields.stream().anyMatch(f -> f.field().group() == FieldGroup.AGENT);
    }

    /** 返回: leaves at once when nothing was done yet; otherwise asks first ({@link #leavingProperty()}). */
    public void cancel() {
        if (people.applicantProperty().get() == null && fields.stream().allMatch(f -> f.valueProperty().get().isBlank())
                && materials.stream().noneMatch(MaterialModel::satisfied)) {
            s.navigator().home();
        } else {
            leaving.set(true);
        }
    }

    /** The clerk confirmed: what was read, typed and provided is given up. */
    public void confirmLeave() {
        leaving.set(false);
        s.navigator().home();
    }

    public void stay() {
        leaving.set(false);
    }

    /** Whether the clerk is being asked to give up a half-done acceptance. */
    public javafx.beans.property.BooleanProperty leavingProperty() {
        return leaving;
    }

    public ApplicantModel people() {
        return people;
    }

    public Subject subject() {
        return application.subject();
    }

    public StringProperty handlingRegionProperty() {
        return handlingRegion;
    }

    public MaterialActions materialActions() {
        return s.materialActions();
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

    /** The decisions on this application: accept, notify, refuse. */
    public DecisionModel decisions() {
        return decisions;
    }
}
