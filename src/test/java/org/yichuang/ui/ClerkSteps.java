package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.ui.UiTestSupport.waitUntil;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.ui.clerk.CatalogueHit;

/** Steps a clerk takes in several TestFX flows, through the real screens. */
final class ClerkSteps {
    private ClerkSteps() {
    }

    /** Signs in as clerk01, finds the newborn bundle by its pinyin initials, opens its acceptance, reads the card (F2). */
    static void openNewbornAndReadTheCard(FxRobot robot) {
        robot.clickOn("#signin-username").write("clerk01");
        robot.clickOn("#signin-password").write("yichuang01");
        robot.clickOn("#signin-button");
        waitUntil("the search field shows", () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
        robot.clickOn("#catalogue-search").write("xsecs");
        ListView<CatalogueHit> results = robot.lookup("#catalogue-results").queryListView();
        waitUntil("the newborn bundle is found", () -> !results.getItems().isEmpty()
                && results.getItems().getFirst().name().startsWith("新生儿出生"));
        assertThat(results.getItems().getFirst().type()).isEqualTo(SubjectType.BUNDLE);
        robot.type(KeyCode.ENTER);
        waitUntil("the guide shows", () -> robot.lookup("#guide-start").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#guide-start");
        waitUntil("the acceptance screen shows", () -> robot.lookup("#read-card").tryQuery().isPresent());
        robot.type(KeyCode.F2);
        waitUntil("the card is read", () -> robot.lookup("#applicant-name").tryQuery().isPresent());
    }
}
