package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.ui.UiTestSupport.waitUntil;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.catalogue.ServiceItem;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.app.Composition;
import org.yichuang.app.Seams;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.ui.kiosk.shell.KioskShell;

/** A citizen follows a case at the kiosk by touch; leaving idle wipes the session. */
@ExtendWith(ApplicationExtension.class)
class KioskQueryTest {
    private final TestPlatform platform = TestPlatform.start();
    private Composition composition;
    private KioskShell shell;

    @Start
    void start(Stage stage) {
        composition = TestGraphs.of("kiosk", platform, Seams.machine().withClock(UiTestSupport.CLOCK).withIdCard(
                new org.yichuang.device.idcard.sim.SimulatedIdCardReader(List.of(SpecimenCards.ZHANG_SAN), Duration.ofMillis(300))), Duration.ofSeconds(5));
        shell = composition.kiosk();
        UiTestSupport.show(stage, shell.node());
    }

    @AfterEach
    void stop() {
        composition.close();
        platform.close();
        platform.deleteData();
    }

    private CaseRecord acceptedCase() {
        String code = platform.client.searchItems("", null, 0, 1).content().getFirst().code();
        ServiceItem item = platform.client.item(code);
        return platform.signedIn().submitCase(UUID.randomUUID().toString(),
                Submissions.valid(SubjectType.ITEM, code, List.of(item), SpecimenCards.ZHANG_SAN));
    }

    private void type(FxRobot robot, String digits) {
        for (char c : digits.toCharArray()) {
            robot.clickOn("#key-" + c);
        }
    }

    @Test
    void followsACaseByItsNumberAndForgetsItWhenLeftIdle(FxRobot robot) {
        CaseRecord record = acceptedCase();
        robot.clickOn("#kiosk-attract");
        robot.clickOn("#kiosk-progress");
        Node key = robot.lookup("#key-1").query();
        double keyY = key.localToScene(0, 0).getY();
        double keyX = key.localToScene(0, 0).getX();
        type(robot, record.caseNumber());
        assertThat(robot.lookup("#case-number-display").queryAs(Label.class).getText()).isEqualTo(record.caseNumber());
        robot.clickOn("#key-confirm");
        waitUntil("the status shows", () -> robot.lookup("#kiosk-case-status").tryQuery().isPresent());
        assertThat(key.localToScene(0, 0).getY()).as("the keypad stays where the finger is (issue 12)").isEqualTo(keyY);
        assertThat(key.localToScene(0, 0).getX()).isEqualTo(keyX);
        assertThat(robot.lookup("#kiosk-case-status").queryAs(Label.class).getText()).isIn("已受理", "已办结");
        VBox timeline = robot.lookup("#kiosk-timeline").queryAs(VBox.class);
        assertThat(timeline.getChildren().stream().map(n -> ((Label) n).getText()).toList())
                .anyMatch(t -> t.contains("张*")).noneMatch(t -> t.contains("张三"));
        Label countdown = robot.lookup("#kiosk-countdown").queryAs(Label.class);
        assertThat(countdown.isVisible()).isTrue();
        assertThat(countdown.getText()).matches("\\d 秒后返回首页");

        waitUntil("the idle timeout returns to the start", () -> robot.lookup("#kiosk-attract").tryQuery().isPresent());
        assertThat(robot.lookup("#kiosk-timeline").tryQuery()).isEmpty();
        assertThat(robot.lookup("#case-number-display").tryQuery()).isEmpty();
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null && l.getText().contains(record.caseNumber()))
                .tryQuery()).isEmpty();
        assertThat(countdown.isVisible()).isFalse();
    }

    @Test
    void explainsAMistypedNumber(FxRobot robot) {
        CaseRecord record = acceptedCase();
        String number = record.caseNumber();
        char last = number.charAt(14);
        String typo = number.substring(0, 14) + (char) (last == '9' ? '0' : last + 1);
        robot.clickOn("#kiosk-attract").clickOn("#kiosk-progress");
        type(robot, "2026");
        robot.clickOn("#key-confirm");
        assertThat(robot.lookup("#kiosk-progress-message").queryAs(Label.class).getText()).contains("15 位");
        robot.clickOn("#key-delete").clickOn("#key-delete").clickOn("#key-delete").clickOn("#key-delete");
        type(robot, typo);
        robot.clickOn("#key-confirm");
        assertThat(robot.lookup("#kiosk-progress-message").queryAs(Label.class).getText()).contains("有误");
        assertThat(robot.lookup("#kiosk-case-status").tryQuery()).isEmpty();
    }

    @Test
    void identifiesTheCitizenByIdCardAndForgetsThemOnLeaving(FxRobot robot) {
        robot.clickOn("#kiosk-attract").clickOn("#kiosk-identify-tile");
        assertThat(robot.lookup("#kiosk-identify-message").queryAs(Label.class).getText()).contains("读卡区");
        waitUntil("the citizen is greeted", () -> robot.lookup("#kiosk-greeting").queryAs(Label.class).getText().equals("您好，张*"));
        // the greeting comes with the identity, the menu a pulse later: wait for the menu, do not race it
        waitUntil("back on the services menu", () -> robot.lookup("#kiosk-progress").tryQuery().isPresent());
        robot.clickOn("#kiosk-leave");
        assertThat(robot.lookup("#kiosk-greeting").queryAs(Label.class).getText()).isEmpty();
        assertThat(shell.session().citizenProperty().get()).isNull();
    }
}
