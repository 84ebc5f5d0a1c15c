package org.yichuang.ui.clerk.acceptance;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.licence.ElectronicLicence;

/**
 * One material of the merged list and how it is satisfied: an e-licence (免提交), a file, a scan, or deferred
 * (容缺) to a due date. The PDF stays in memory until the decision is sent.
 */
public final class MaterialModel {
    /** How the material is satisfied; {@code pdf} is null only for a deferral. */
    public record Satisfaction(Provision provision, byte[] pdf, String licenceNumber, String description, LocalDate dueDate) {
    }

    private final Material material;
    private final ObjectProperty<Satisfaction> satisfaction = new SimpleObjectProperty<>();
    private final ObservableList<ElectronicLicence> licences = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");

    MaterialModel(Material material) {
        this.material = material;
    }

    public Material material() {
        return material;
    }

    public boolean satisfied() {
        return satisfaction.get() != null;
    }

    public ObjectProperty<Satisfaction> satisfactionProperty() {
        return satisfaction;
    }

    /** The applicant's e-licences that can replace this material. */
    public ObservableList<ElectronicLicence> licences() {
        return licences;
    }

    /** The last problem with this material (an unreadable file, a failed scan), or blank. */
    public StringProperty problemProperty() {
        return problem;
    }

    Optional<MaterialProvision> provision() {
        Satisfaction s = satisfaction.get();
        if (s == null) {
            return Optional.empty();
        }
        return Optional.of(s.provision() == Provision.DEFERRED
                ? MaterialProvision.deferred(material.id(), material.name(), s.dueDate())
                : MaterialProvision.file(material.id(), material.name(), s.provision(), s.licenceNumber(), s.pdf()));
    }
}
