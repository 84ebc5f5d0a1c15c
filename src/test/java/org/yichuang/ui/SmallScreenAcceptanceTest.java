package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.yichuang.app.Composition;
import org.yichuang.app.Seams;
import org.yichuang.device.idcard.sim.SimulatedIdCardReader;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.platform.TestPlatform;

/**
 * Field report (issue 10), at 1024 × 768: labels collapsed to "申…" beside a validation message, a newborn's birth
 * date in the future was taken, and 返回 threw a half-done acceptance away. With {@code -Dscreenshots=DIR} it also
 * writes the acceptance with its messages showing.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenAcceptanceTest {
    private final TestPlatform platform = TestPlatform.start();
    private Composition composition;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        composition = TestGraphs.of("clerk", platform, Seams.machine().withClock(UiTestSupport.CLOCK)
                .withIdCard(new SimulatedIdCardReader(List.of(SpecimenCards.LI_MEI, SpecimenCards.ZHANG_SAN), Duration.ofMillis(50))), Duration.ofSeconds(60));
        UiTestSupport.show(stage, composition.clerk(() -> stage).node(), 1024, 768);
    }

    @AfterEach
    void stop() {
        composition.close();
        platform.close();
        platform.deleteData();
    }

    private static java.util.function.Predicate<Node> byId(String id) {
        return n -> id.equals(n.getId());
    }

    private void set(FxRobot robot, String key, String value) {
        TextField f = robot.lookup(byId("field-" + key)).queryAs(TextField.class);
        robot.interact(() -> f.setText(value));
    }

    private String error(FxRobot robot, String key) {
        return robot.lookup(byId("error-" + key)).queryAs(Label.class).getText();
    }

    /** Whether a label shows its whole text: JavaFX puts an ellipsis in the drawn text when it cuts one. */
    private static boolean whole(Labeled l) {
        return l.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).noneMatch(t -> t.contains("…") && !l.getText().contains("…"));
    }

    @Test
    void labelsAndMessagesStayWholeAndAFutureBirthIsRefused(FxRobot robot) throws Exception {
        ClerkSteps.openNewbornAndReadTheCard(robot);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        set(robot, "newborn.birthDate", tomorrow);
        set(robot, "applicant.phone", "12345");
        waitUntil("the messages show", () -> !error(robot, "newborn.birthDate").isEmpty());
        assertThat(error(robot, "newborn.birthDate")).contains("不能晚于今天");
        assertThat(error(robot, "applicant.phone")).isNotEmpty();
        List<Labeled> shown = robot.lookup(n -> n instanceof Labeled l && l.isVisible() && l.getText() != null
                && !l.getText().isBlank() && l.getScene() != null).queryAllAs(Labeled.class).stream().toList();
        assertThat(shown).as("labels on screen").hasSizeGreaterThan(20);
        assertThat(shown).as("labels cut with an ellipsis at 1024 × 768").allSatisfy(l -> assertThat(whole(l))
                .as(l.getId() + " \"" + l.getText() + "\"").isTrue());
        snapshot(robot, "clerk-acceptance-1024x768.png");
        robot.interact(() -> stage.setWidth(1366));
        snapshot(robot, "clerk-acceptance-1366x768.png");
    }

    @Test
    void backAsksFirstAndEscapeNeverLosesInput(FxRobot robot) {
        ClerkSteps.openNewbornAndReadTheCard(robot);
        set(robot, "newborn.name", "王小宝");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Button b && "返回".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        waitUntil("the clerk is asked", () -> robot.lookup("#leave-bar").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        waitUntil("Escape keeps the acceptance", () -> !robot.lookup("#leave-bar").query().isVisible());
        assertThat(robot.lookup(byId("field-newborn.name")).queryAs(TextField.class).getText()).isEqualTo("王小宝");
        robot.type(KeyCode.F9);
        robot.clickOn("#refusal-detail").write("材料不齐");
        robot.type(KeyCode.ESCAPE);
        waitUntil("the refusal pane closes", () -> robot.lookup("#refusal-detail").tryQuery().isEmpty());
        robot.type(KeyCode.F9);
        assertThat(robot.lookup("#refusal-detail").queryAs(javafx.scene.control.TextArea.class).getText()).isEqualTo("材料不齐");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Button b && "返回".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        robot.clickOn("#leave-confirm");
        waitUntil("home again", () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
    }

    /** Field report (issue 10): a second card silently replaced the applicant while the form kept the first one's. */
    @Test
    void anotherPersonsCardIsAChangeTheClerkConfirms(FxRobot robot) {
        ClerkSteps.openNewbornAndReadTheCard(robot);
        set(robot, "applicant.phone", "13911112222");
        robot.type(KeyCode.F2);
        waitUntil("the clerk is asked", () -> robot.lookup("#applicant-change-confirm").query().isVisible());
        assertThat(robot.lookup("#applicant-name").queryAs(Label.class).getText()).as("not taken yet").isEqualTo("李梅");
        assertThat(robot.lookup("#card-message").queryAs(Label.class).getText()).contains("张三", "清除");
        robot.clickOn("#applicant-change-confirm");
        waitUntil("the new applicant shows", () -> "张三".equals(robot.lookup("#applicant-name").queryAs(Label.class).getText()));
        assertThat(robot.lookup(byId("field-applicant.idNumber")).queryAs(TextField.class).getText())
                .isEqualTo(SpecimenCards.ZHANG_SAN.idNumber());
        waitUntil("her profile is looked up", () -> !robot.lookup(byId("field-applicant.phone")).queryAs(TextField.class)
                .getText().isBlank());
        assertThat(robot.lookup(byId("field-applicant.phone")).queryAs(TextField.class).getText())
                .as("the phone typed for 李梅").isNotEqualTo("13911112222");
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("screenshots");
        if (dir == null) {
            return;
        }
        UiTestSupport.waitUntil("laid out", () -> true);
        javafx.scene.image.WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> stage.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        out.setRGB(0, 0, w, h, argb, 0, w);
        javax.imageio.ImageIO.write(out, "png", Files.createDirectories(Path.of(dir)).resolve(name).toFile());
    }
}
