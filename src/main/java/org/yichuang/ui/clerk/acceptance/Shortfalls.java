package org.yichuang.ui.clerk.acceptance;

import java.util.ArrayList;
import java.util.List;
import org.yichuang.domain.cases.Application;
import org.yichuang.domain.cases.Shortfall;
import org.yichuang.ui.common.I18n;

/** Everything that stops an acceptance, each with why, so a one-time notification tells it all at once. */
final class Shortfalls {
    private Shortfalls() {
    }

    static List<Shortfall> of(Application application, List<FieldModel> fields, List<MaterialModel> materials, I18n i18n) {
        List<Shortfall> out = new ArrayList<>();
        for (MaterialModel m : materials) {
            if (!m.satisfied()) {
                List<String> needing = application.itemsNeeding(m.material());
                String why = i18n.get("shortfall.material", String.join(i18n.get("list.separator"), needing))
                        + (m.material().note().isBlank() ? "" : i18n.get("shortfall.note", m.material().note()));
                out.add(new Shortfall(i18n.get("shortfall.materialName", m.material().name(),
                        i18n.get("materialForm." + m.material().form().name()), m.material().copies()), why));
            }
        }
        for (FieldModel f : fields) {
            if (!f.validate(true)) {
                out.add(new Shortfall(i18n.get("shortfall.field", f.field().label()), f.errorProperty().get()));
            }
        }
        return out;
    }
}
