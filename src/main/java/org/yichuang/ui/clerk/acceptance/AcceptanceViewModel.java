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
    private PersonalProfile profile = PersonalProfile.EMPTY;
    private List<ElectronicLicence> licences = List.of();

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

    /** Re-derives fields and materials from the answers, keeping what was typed or ticked. */
    private void rebuild() {
        Map<String, String> typed = typed();
        Map<String, MaterialModel.Satisfaction> kept = new HashMap<>();
        materials.stream().filter(MaterialModel::satisfied)
                .forEach(m -> kept.put(m.material().id(), m.satisfactionProperty().get()));
        fields.setAll(application.fields().stream().map(f -> {
            FieldModel model = new FieldModel(f, s.i18n(), dates);
            model.valueProperty().set(typed.getOrDefault(f.key(), ""));
            return model;
        }).toList());
        materials.setAll(application.materials().stream().map(m -> {
            MaterialModel model = new MaterialModel(m);
            model.satisfactionProperty().set(kept.get(m.id()));
            return model;
        }).toList());
        offerLicences(false);
        prefill();
        fillAgent(people.agentProperty().get());
    }

    /** Empties every field and material: they were the previous applicant's (the answers are the case's, kept). */
    private void forget() {
        fields.forEach(f -> f.valueProperty().set(""));
        materials.forEach(m -> {
            m.satisfactionProperty().set(null);
            m.licences().clear();
        });
    }

    /** Dates of the form and of the applicant's card, for the date fields' rules; today in the hall's zone. */
    private final FieldModel.DateContext dates = new FieldModel.DateContext() {
        @Override
        public LocalDate today() {
            return LocalDate.now(s.clock());
        }

        @Override
        public java.util.Optional<LocalDate> dateOf(String key) {
            CardHolder a = people.applicantProperty().get();
            if (key.equals("applicant.birthDate") && a != null && a.birthDate() != null) {
                return java.util.Optional.of(a.birthDate());
            }
            return fields.stream().filter(f -> f.field().key().equals(key)).findFirst()
                    .flatMap(f -> org.yichuang.domain.catalogue.FieldRules.date(f.valueProperty().get()));
        }

        @Override
        public String labelOf(String key) {
            return fields.stream().filter(f -> f.field().key().equals(key)).map(f -> f.field().label()).findFirst()
                    .orElseGet(() -> s.i18n().get("dateRef." + key));
        }
    };

    private Map<String, String> typed() {
        return fields.stream().collect(Collectors.toMap(f -> f.field().key(), f -> f.valueProperty().get()));
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

    public void cancel() {
        s.navigator().home();
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
