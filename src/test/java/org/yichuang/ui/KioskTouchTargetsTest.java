package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.ui.UiTestSupport.waitUntil;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.app.Composition;
import org.yichuang.app.Seams;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.ui.kiosk.KioskNavigator;
import org.yichuang.ui.kiosk.shell.KioskShell;

/** Walks the real kiosk shell through every screen it can show and judges each with {@link TouchTargets}. */
@ExtendWith(ApplicationExtension.class)
class KioskTouchTargetsTest {
    private static final List<String> MENU = List.of("#kiosk-identify-tile", "#kiosk-progress", "#kiosk-leave");
    private static final List<String> KEYPAD = Stream.concat(IntStream.rangeClosed(0, 9).mapToObj(d -> "#key-" + d),
            Stream.of("#key-delete", "#key-confirm", "#kiosk-back", "#case-number-display", "#kiosk-progress-message")).toList();
    private final TestPlatform platform = TestPlatform.start();
    private Composition composition;
    private final CardOnCue reader = new CardOnCue();
    private final Map<String, TouchTargets.Report> screens = new LinkedHashMap<>();
    private KioskShell shell;

    @Start
    void start(Stage stage) {
        composition = TestGraphs.of("kiosk", platform, Seams.machine().withClock(UiTestSupport.CLOCK).withIdCard(
                reader), Duration.ofSeconds(120));
        shell = composition.kiosk();
        UiTestSupport.show(stage, shell.node());
    }

    @AfterEach
    void stop() {
        composition.close();
        platform.close();
        platform.deleteData();
    }

    private void judge(String screen, List<String> required) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TouchTargets.Report report = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> TouchTargets.check(shell.node(), required)));
        System.out.printf("kiosk screen %-28s %2d targets, smallest %s%n", screen, report.targets().size(), report.smallest());
        screens.put(screen, report);
    }

    private static List<String> plus(List<String> base, String... more) {
        return Stream.concat(base.stream(), Stream.of(more)).toList();
    }

    private static void type(FxRobot robot, String digits) {
        digits.chars().forEach(c -> robot.clickOn("#key-" + (char) c));
    }

    @Test
    void everyScreenTheShellCanShowHasItsControlsLargeNamedAndUncut(FxRobot robot) throws Exception {
        judge("attract", List.of("#kiosk-attract"));
        robot.clickOn("#kiosk-attract");
        judge("menu", MENU);
        robot.clickOn("#kiosk-identify-tile");
        judge("identify", List.of("#kiosk-identify-back", "#kiosk-identify-message"));
        reader.place(SpecimenCards.ZHANG_SAN);
        waitUntil("the citizen is greeted", () -> robot.lookup("#kiosk-greeting").queryAs(Label.class).getText().equals("您好，张*"));
        judge("menu, citizen greeted", plus(MENU, "#kiosk-greeting"));
        robot.clickOn("#kiosk-progress");
        judge("progressQuery, keypad", KEYPAD);
        type(robot, "2026");
        robot.clickOn("#key-confirm");
        assertThat(robot.lookup("#kiosk-progress-message").queryAs(Label.class).getText()).contains("15 位");
        judge("progressQuery, message", KEYPAD);
        String number = acceptedCaseNumber();
        IntStream.range(0, 4).forEach(i -> robot.clickOn("#key-delete"));
        type(robot, number);
        robot.clickOn("#key-confirm");
        waitUntil("the status shows", () -> robot.lookup("#kiosk-case-status").tryQuery().isPresent());
        judge("progressQuery, timeline", plus(KEYPAD, "#kiosk-timeline", "#kiosk-case-status"));
        robot.clickOn("#kiosk-back").clickOn("#kiosk-leave");
        judge("attract, after leaving", List.of("#kiosk-attract"));

        List<String> shown = screens.keySet().stream().map(s -> s.split(",")[0]).toList();
        assertThat(shown).as("a screen for each way KioskNavigator can move")
                .containsAll(Arrays.stream(KioskNavigator.class.getMethods()).map(Method::getName).toList());
        List<String> violations = new ArrayList<>();
        screens.forEach((screen, report) -> report.violations().forEach(v -> violations.add(screen + ": " + v)));
        assertThat(violations).isEmpty();
    }

    private String acceptedCaseNumber() {
        String code = platform.client.searchItems("", null, 0, 1).content().getFirst().code();
        var item = platform.client.item(code);
        return platform.signedIn().submitCase(UUID.randomUUID().toString(),
                Submissions.valid(SubjectType.ITEM, code, List.of(item), SpecimenCards.ZHANG_SAN)).caseNumber();
    }
}
