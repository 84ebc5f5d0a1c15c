package org.yichuang.ui.clerk.acceptance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yichuang.domain.cases.Application;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseDraft;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.domain.clerk.Actor;
import org.yichuang.usecase.DecideCase;

/**
 * The three decisions on an application (受理, 一次性告知, 不予受理) as commands over {@link DecideCase}: each checks
 * what it needs first and says what is missing; the draft comes from the {@link Application}, and nothing typed is
 * lost when the platform refuses.
 */
public final class DecisionModel {
    private final Application application;
    private final Actor actor;
    private final AcceptanceViewModel.Services s;
    private final ApplicantModel people;
    private final List<FieldModel> fields;
    private final List<MaterialModel> materials;
    private final StringProperty handlingRegion;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable derived; // recomputes the message while it counts fields or materials; null otherwise

    DecisionModel(Application application, Actor actor, AcceptanceViewModel.Services services, ApplicantModel people,
                  List<FieldModel> fields, List<MaterialModel> materials, StringProperty handlingRegion) {
        this.application = application;
        this.actor = actor;
        this.s = services;
        this.people = people;
        this.fields = fields;
        this.materials = materials;
        this.handlingRegion = handlingRegion;
    }

    /** 受理: only with an applicant, a valid form and every material satisfied (or deferred). */
    public void accept() {
        if (!ready()) {
            return;
        }
        long invalid = fields.stream().filter(f -> !f.validate(true)).count();
        if (invalid > 0) {
            say(() -> {
                long left = fields.stream().filter(f -> !f.errorProperty().get().isEmpty()).count();
                return left == 0 ? "" : s.i18n().get("acceptance.invalidFields", left);
            });
            return;
        }
        if (materials.stream().anyMatch(m -> !m.satisfied())) {
            say(() -> {
                List<String> missing = materials.stream().filter(m -> !m.satisfied()).map(m -> m.material().name()).toList();
                return missing.isEmpty() ? "" : s.i18n().get("acceptance.missingMaterials", missing.size(),
                        String.join(s.i18n().get("list.separator"), missing));
            });
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

    private void tell(String text) {
        derived = null;
        message.set(text);
    }

    /** A message counted from the form or the materials, which follows them until it reaches nothing to say. */
    private void say(java.util.function.Supplier<String> text) {
        derived = () -> {
            String now = text.get();
            message.set(now);
            if (now.isEmpty()) {
                derived = null;
            }
        };
        derived.run();
    }

    /** A field's error or a material's state changed: a counted message follows (the footer never lags the form). */
    void follow() {
        if (derived != null) {
            derived.run();
        }
    }

    /** What a one-time notification would list now: every missing material and every field to correct. */
    public List<Shortfall> shortfalls() {
        return Shortfalls.of(application, fields, materials, s.i18n());
    }

    /** 一次性告知: records the notification with everything missing, once. */
    public void notifyShortfalls() {
        if (!ready()) {
            return;
        }
        List<Shortfall> all = shortfalls();
        if (all.isEmpty()) {
            tell(s.i18n().get("acceptance.nothingMissing"));
            return;
        }
        decide(draft(false), CaseDecision.notify(all), Map.of());
    }

    /** The grounds this application may be refused on. */
    public List<String> refusalGrounds() {
        return application.refusalGrounds();
    }

    /** 不予受理: a ground from the items' grounds, and the clerk's own words. */
    public void refuse(String ground, String detail) {
        if (!ready()) {
            return;
        }
        if (ground == null || !refusalGrounds().contains(ground)) {
            tell(s.i18n().get("acceptance.refusal.noGround"));
            return;
        }
        decide(draft(false), CaseDecision.refuse(ground, detail == null ? "" : detail.strip()), Map.of());
    }

    private boolean ready() {
        if (busy.get()) {
            return false;
        }
        if (people.applicantProperty().get() == null) {
            tell(s.i18n().get("acceptance.noApplicant"));
            return false;
        }
        if (s.materialActions().workingProperty().get() > 0) {
            tell(s.i18n().get("acceptance.materialsWorking"));
            return false;
        }
        return true;
    }

    private void decide(CaseDraft draft, CaseDecision decision, Map<String, byte[]> files) {
        busy.set(true);
        tell(s.i18n().get("acceptance.submitting"));
        s.tasks().run(() -> s.decideCase().decide(draft, decision, files, actor, application.subject().items()), outcome -> {
            busy.set(false);
            switch (outcome) {
                case DecideCase.Recorded recorded -> s.navigator().documents(recorded.record(), recorded.documents());
                case DecideCase.Kept kept -> s.navigator().kept(kept);
            }
        }, failure -> {
            busy.set(false);
            tell(s.errors().of(failure)); // the draft stays as it is: nothing typed is lost
        });
    }

    /** The application as it stands; materials only when accepting (a notice or refusal keeps no files). */
    CaseDraft draft(boolean withMaterials) {
        Map<String, String> confirmed = new HashMap<>();
        fields.stream().filter(f -> f.confirmation() != null).forEach(f -> confirmed.put(f.field().key(), f.confirmation()));
        Map<String, String> typed = new HashMap<>();
        fields.forEach(f -> typed.put(f.field().key(), f.valueProperty().get()));
        return application.draft(people.applicantProperty().get(), people.agentProperty().get(), typed, confirmed,
                withMaterials ? materials.stream().flatMap(m -> m.provision().stream()).toList() : List.of(),
                handlingRegion.get());
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
