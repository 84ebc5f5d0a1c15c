package org.yichuang.ui.clerk.acceptance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.ui.clerk.acceptance.MaterialModel.Satisfaction;
import org.yichuang.ui.common.DialogService;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.MaterialNotes;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.ProvideMaterial;
import org.yichuang.usecase.port.MaterialFiles;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;

/** The ways a material gets satisfied; file, scan and licence work run in the background. */
public final class MaterialActions {
    /** What material work needs, wired once by the composition root. */
    public record Services(ProvideMaterial provide, TaskExecutor tasks, DialogService dialogs, I18n i18n,
                           ErrorMessages errors) {
    }

    static final List<String> FILE_TYPES = List.of("pdf", "jpg", "jpeg", "png");
    private final Services s;
    private final IntegerProperty working = new SimpleIntegerProperty();

    public MaterialActions(Services services) {
        this.s = services;
    }

    /** How many file, scan or licence jobs are still running; nothing is decided while one is. */
    public IntegerProperty workingProperty() {
        return working;
    }

    public void chooseFile(MaterialModel m) {
        s.dialogs().chooseOpenFile(s.i18n().get("material.chooseFile", m.material().name()), FILE_TYPES)
                .ifPresent(file -> attach(m, file));
    }

    public void attach(MaterialModel m, Path file) {
        String name = file.getFileName().toString();
        background(m, () -> {
            MaterialPdf made = s.provide().fromFile(file);
            return new Satisfaction(Provision.UPLOAD, made.pdf(), "",
                    s.i18n().get("material.by.UPLOAD", name) + MaterialNotes.of(s.i18n(), made), null);
        });
    }

    public void scan(MaterialModel m) {
        background(m, () -> {
            MaterialPdf made = s.provide().fromScan();
            return new Satisfaction(Provision.SCAN, made.pdf(), "",
                    s.i18n().get("material.by.SCAN") + MaterialNotes.of(s.i18n(), made), null);
        });
    }

    public void useLicence(MaterialModel m, ElectronicLicence licence) {
        background(m, () -> new Satisfaction(Provision.ELICENCE, s.provide().fromLicence(licence),
                licence.licenceNumber(), s.i18n().get("material.by.ELICENCE", licence.name(), licence.licenceNumber()), null));
    }

    /** Defers the material to a due date (容缺); only where every item allows it, and only to a later day. */
    public boolean defer(MaterialModel m, LocalDate due) {
        var problem = s.provide().deferralProblem(m.material(), due);
        if (problem.isPresent()) {
            m.problemProperty().set(s.i18n().get(problem.get()));
            return false;
        }
        m.problemProperty().set("");
        m.satisfactionProperty().set(new Satisfaction(Provision.DEFERRED, null, "",
                s.i18n().get("material.by.DEFERRED", due), due));
        return true;
    }

    /** The due date offered for a deferral: ten days on, the usual time to supply a material. */
    public LocalDate suggestedDueDate() {
        return s.provide().suggestedDueDate();
    }

    public void clear(MaterialModel m) {
        m.satisfactionProperty().set(null);
        m.problemProperty().set("");
    }

    private void background(MaterialModel m, java.util.concurrent.Callable<Satisfaction> work) {
        working.set(working.get() + 1);
        m.problemProperty().set(s.i18n().get("material.working"));
        s.tasks().run(work, done -> {
            working.set(working.get() - 1);
            m.problemProperty().set("");
            m.satisfactionProperty().set(done);
        }, failure -> {
            working.set(working.get() - 1);
            m.problemProperty().set(failure instanceof MaterialFiles.UnreadableFile u ? s.i18n().get(u.messageKey())
                    : s.errors().of(failure));
        });
    }
}
