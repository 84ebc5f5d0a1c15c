package org.yichuang.ui.clerk.acceptance;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.yichuang.domain.catalogue.Material;

/** One material of the merged list and whether the clerk has received it. */
public final class MaterialModel {
    private final Material material;
    private final BooleanProperty provided = new SimpleBooleanProperty();

    MaterialModel(Material material) {
        this.material = material;
    }

    public Material material() {
        return material;
    }

    public BooleanProperty providedProperty() {
        return provided;
    }
}
