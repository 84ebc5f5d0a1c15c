package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.clerk.PendingMaterial;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.common.DialogService;
import org.yichuang.usecase.MakeDocuments;

/**
 * The clerk's whole window against the embedded platform: the newborn bundle with an e-licence and a deferred
 * material, a one-time notification, a refusal, a bad rating, and supplying the deferred material from My work.
 */
@ExtendWith(ApplicationExtension.class)
class ClerkFlowTest {
    private final TestPlatform platform = TestPlatform.start();
    private Composition composition;
    private Path saved;

    @Start
    void start(Stage stage) throws Exception {
        saved = Files.createTempFile("document", ".pdf");
        Files.delete(saved);
        DialogService dialogs = new DialogService() { // stands in for the native file chooser only
            @Override
            public Optional<Path> chooseSaveFile(String title, String name, String extension) {
                return Optional.of(saved);
            }

            @Override
            public Optional<Path> chooseOpenFile(String title, List<String> extensions) {
                return Optional.empty();
            }

            @Override
            public void showError(String title, String message) {
            }
        };
        composition = TestGraphs.of("clerk", platform, Seams.machine().withClock(UiTestSupport.CLOCK).withDialogs(dialogs)
                .withIdCard(new SimulatedIdCardReader(List.of(SpecimenCards.LI_MEI), java.time.Duration.ofMillis(100))),
                java.time.Duration.ofSeconds(60));
        UiTestSupport.show(stage, composition.clerk(() -> stage).node(), 1024, 768); // a common hall screen
    }

    @AfterEach
    void stop() {
        composition.close();
        platform.close();
        platform.deleteData();
    }

    /** Ids with dots cannot be written as CSS selectors. */
    private static java.util.function.Predicate<javafx.scene.Node> byId(String id) {
        return n -> id.equals(n.getId());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(byId(id)).queryAs(Label.class).getText();
    }

    /** Signs in, finds the newborn bundle by its initials, opens the acceptance and reads 李梅's card. */
    private void openNewbornAndReadTheCard(FxRobot robot) {
        ClerkSteps.openNewbornAndReadTheCard(robot);
        assertThat(robot.lookup("#applicant-name").queryAs(Label.class).getText()).isEqualTo("李梅");
    }

    private void fillTheRestOfTheForm(FxRobot robot) {
        var bundle = platform.client.bundle("YJS-08");
        List<FormField> fields = org.yichuang.domain.catalogue.Merging.fields(bundle.items(), java.util.Set.of());
        assertThat(fields).as("the bundle's form").isNotEmpty();
        assertThat(fields).as("every field of the form is on screen")
                .allSatisfy(f -> assertThat(robot.lookup(byId("field-" + f.key())).tryQuery()).as(f.key()).isPresent());
        for (FormField f : fields) {
            robot.lookup(byId("field-" + f.key())).tryQuery().ifPresent(node -> {
                if (node instanceof ComboBox<?> box && (box.getValue() == null || box.getValue().toString().isBlank())) {
                    @SuppressWarnings("unchecked")
                    ComboBox<String> choice = (ComboBox<String>) box;
                    robot.interact(() -> choice.setValue(Submissions.value(f)));
                } else if (node instanceof TextField field && field.getText().isBlank()) {
                    robot.interact(() -> field.setText(Submissions.value(f)));
                }
            });
        }
    }

    @Test
    void acceptsTheNewbornBundleWithAnELicenceAndADeferredMaterialThenTheApplicantRatesIt(FxRobot robot) throws Exception {
        openNewbornAndReadTheCard(robot);
        waitUntil("the marriage certificate comes from the e-licence store",
                () -> text(robot, "material-state-marriage-certificate").contains("免提交"));
        assertThat(robot.lookup(byId("field-applicant.phone")).tryQuery().map(n -> ((TextField) n).getText()))
                .as("the phone comes from the personal profile").hasValueSatisfying(p -> assertThat(p).isNotBlank());
        fillTheRestOfTheForm(robot);
        Button defer = robot.lookup("#material-defer-id-photo").queryButton();
        robot.interact(defer::fire); // the button may sit below the fold of the materials' scroll pane
        assertThat(text(robot, "material-state-id-photo")).contains("容缺");
        var scans = robot.lookup(n -> n instanceof Button && n.getId() != null && n.getId().startsWith("material-scan-"))
                .queryAllAs(Button.class);
        assertThat(scans).as("a scan button beside each material").isNotEmpty();
        for (Button scan : scans) {
            String id = scan.getId().substring("material-scan-".length());
            if (!text(robot, "material-state-" + id).startsWith("✔")) {
                robot.interact(scan::fire);
            }
        }
        waitUntil("every material is satisfied", () -> {
            var states = robot.lookup(n -> n.getId() != null && n.getId().startsWith("material-state-")).queryAllAs(Label.class);
            return states.size() == scans.size() && states.stream().allMatch(l -> l.getText().startsWith("✔"));
        });
        robot.clickOn("#accept-case");
        waitUntil("the case number shows", () -> robot.lookup("#case-number").tryQuery().isPresent()
                || robot.lookup("#acceptance-message").tryQuery().map(n -> ((Label) n).getText())
                        .filter(t -> !t.isBlank() && !t.contains("正在")).isPresent());
        assertThat(robot.lookup("#acceptance-message").tryQuery().map(n -> ((Label) n).getText()))
                .as("what the clerk was told").satisfiesAnyOf(m -> assertThat(m).isEmpty(), m -> assertThat(m.get()).isBlank());
        String caseNumber = robot.lookup("#case-number").queryAs(Label.class).getText();
        assertThat(CaseNumbers.isValid(caseNumber)).isTrue();
        ListView<MakeDocuments.Document> documents = robot.lookup("#document-list").queryListView();
        assertThat(documents.getItems()).extracting(MakeDocuments.Document::kind)
                .containsExactly(DocumentKind.RECEIPT, DocumentKind.COMMITMENT);

        CaseRecord record = platform.signedIn().caseRecord(caseNumber);
        assertThat(record.status()).isIn(CaseStatus.ACCEPTED, CaseStatus.COMPLETED);
        assertThat(record.applicant().name()).isEqualTo("李梅");
        assertThat(record.materials()).filteredOn(m -> m.materialId().equals("marriage-certificate")).singleElement()
                .satisfies(m -> {
                    assertThat(m.provision()).isEqualTo(Provision.ELICENCE);
                    assertThat(m.licenceNumber()).isNotBlank();
                    assertThat(m.uploaded()).isTrue();
                });
        assertThat(record.materials()).filteredOn(m -> m.materialId().equals("id-photo")).singleElement()
                .satisfies(m -> assertThat(m.outstanding()).isTrue());

        robot.interact(() -> documents.getSelectionModel().select(1));
        robot.clickOn("#save-document");
        waitUntil("the commitment letter is saved", () -> Files.exists(saved) && saved.toFile().length() > 1000);
        try (var pdf = Loader.loadPDF(saved.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(caseNumber, "承诺");
        }

        robot.clickOn("#evaluate");
        assertThat(robot.lookup("#my-work").query().isVisible()).as("the clerk's buttons while the applicant rates").isFalse();
        robot.clickOn("#rating-2");
        assertThat(robot.lookup("#rating-2").query().getPseudoClassStates()).as("the chosen level")
                .extracting(Object::toString).contains("selected");
        robot.clickOn("#evaluation-submit");
        assertThat(text(robot, "evaluation-message")).contains("至少选择一个");
        robot.clickOn("#indicator-ATTITUDE");
        robot.clickOn("#evaluation-reason").write("等候时间太长");
        robot.clickOn("#evaluation-submit");
        waitUntil("the applicant is thanked", () -> text(robot, "evaluation-message").contains("感谢"));
        waitUntil("the next applicant can be served", () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
        assertThat(platform.server.ratingsOf(caseNumber)).as("the bad rating is on the platform").containsExactly(2);

        robot.clickOn("#my-work");
        TableView<org.yichuang.domain.cases.CaseSummary> today = robot.lookup("#work-cases").queryTableView();
        waitUntil("today's case is listed", () -> !today.getItems().isEmpty());
        assertThat(today.getItems().getFirst().applicant()).as("the applicant, masked").startsWith("李*")
                .doesNotContain("610113198803124523");
        robot.interact(() -> {
            today.requestFocus();
            today.getSelectionModel().select(0);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the documents show again", () -> robot.lookup("#document-list").tryQuery().isPresent());
        assertThat(robot.lookup("#evaluate").tryQuery().map(javafx.scene.Node::isVisible).orElse(false))
                .as("a rated case offers no second rating").isFalse();
        robot.clickOn("#my-work");
        TableView<PendingMaterial> pending = robot.lookup("#work-pending").queryTableView();
        waitUntil("the deferred photo is due", () -> pending.getItems().stream().anyMatch(p -> p.caseNumber().equals(caseNumber)));
        robot.interact(() -> pending.getSelectionModel().select(pending.getItems().stream()
                .filter(p -> p.caseNumber().equals(caseNumber)).findFirst().orElseThrow()));
        robot.clickOn("#work-supply-scan");
        waitUntil("supplying it completes it", () -> pending.getItems().stream().noneMatch(p -> p.caseNumber().equals(caseNumber)));
        assertThat(platform.signedIn().caseRecord(caseNumber).materials()).noneMatch(m -> m.outstanding());
    }

    @Test
    void issuesAOneTimeNotificationListingEverythingMissing(FxRobot robot) {
        openNewbornAndReadTheCard(robot);
        waitUntil("the e-licences are looked up", () -> text(robot, "material-state-marriage-certificate").contains("免提交"));
        robot.type(javafx.scene.input.KeyCode.F8);
        waitUntil("the shortfalls show", () -> robot.lookup("#notify-confirm").tryQuery().isPresent());
        robot.clickOn("#notify-confirm");
        waitUntil("the notification is issued", () -> robot.lookup("#case-number").tryQuery().isPresent());
        CaseRecord record = platform.signedIn().caseRecord(robot.lookup("#case-number").queryAs(Label.class).getText());
        assertThat(record.status()).isEqualTo(CaseStatus.NOTIFIED);
        assertThat(record.decision().shortfalls()).extracting(s -> s.subject())
                .anyMatch(s -> s.startsWith("出生医学证明")).noneMatch(s -> s.startsWith("结婚证"));
        ListView<MakeDocuments.Document> documents = robot.lookup("#document-list").queryListView();
        assertThat(documents.getItems()).extracting(MakeDocuments.Document::kind).containsExactly(DocumentKind.NOTIFICATION);
    }

    @Test
    void refusesWithAGroundAndTheClerksOwnWords(FxRobot robot) {
        openNewbornAndReadTheCard(robot);
        robot.clickOn("#refuse-case");
        ComboBox<String> ground = robot.lookup("#refusal-ground").queryComboBox();
        robot.interact(() -> ground.getSelectionModel().select(0));
        robot.clickOn("#refusal-detail").write("申请人户籍不在本省");
        robot.clickOn("#refusal-confirm");
        waitUntil("the refusal is issued", () -> robot.lookup("#case-number").tryQuery().isPresent());
        CaseRecord record = platform.signedIn().caseRecord(robot.lookup("#case-number").queryAs(Label.class).getText());
        assertThat(record.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(record.decision().ground()).isEqualTo(ground.getItems().getFirst());
        assertThat(record.decision().detail()).isEqualTo("申请人户籍不在本省");
    }

    @Test
    void nothingIsDecidedWithoutTheApplicantsCard(FxRobot robot) {
        robot.clickOn("#signin-username").write("clerk01");
        robot.clickOn("#signin-password").write("wrong");
        robot.clickOn("#signin-button");
        waitUntil("the sign-in is refused", () -> !robot.lookup("#signin-error").queryAs(Label.class).getText().isBlank());
        assertThat(robot.lookup("#signin-error").queryAs(Label.class).getText()).isEqualTo("账号或密码不正确");
        robot.doubleClickOn("#signin-password").eraseText(5).write("yichuang01").clickOn("#signin-button");
        waitUntil("the search field shows", () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
        ListView<CatalogueHit> results = robot.lookup("#catalogue-results").queryListView();
        waitUntil("the catalogue lists", () -> !results.getItems().isEmpty());
        robot.interact(() -> {
            results.requestFocus();
            results.getSelectionModel().select(results.getItems().size() - 1);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the guide shows", () -> robot.lookup("#guide-start").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#guide-start");
        waitUntil("the acceptance screen shows", () -> robot.lookup("#accept-case").tryQuery().isPresent());
        robot.clickOn("#accept-case");
        waitUntil("the clerk is told", () -> robot.lookup("#acceptance-message").queryAs(Label.class).getText().contains("身份证"));
        robot.clickOn("#notify-case");
        robot.clickOn("#notify-confirm");
        waitUntil("the clerk is told again", () -> robot.lookup("#acceptance-message").queryAs(Label.class).getText().contains("身份证"));
        assertThat(robot.lookup("#case-number").tryQuery()).isEmpty();
    }
}
