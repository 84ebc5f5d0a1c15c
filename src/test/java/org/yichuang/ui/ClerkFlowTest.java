package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.yichuang.device.idcard.sim.SimulatedIdCardReader;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.device.print.NoPrinter;
import org.yichuang.docs.ReceiptDocument;
import org.yichuang.domain.catalogue.FormField;
import org.yichuang.domain.catalogue.Merging;
import org.yichuang.domain.catalogue.SituationChoice;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseStatus;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.TestPlatform;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.clerk.ClerkServices;
import org.yichuang.ui.clerk.ClerkShell;
import org.yichuang.ui.common.DialogService;
import org.yichuang.ui.common.FxTaskExecutor;
import org.yichuang.ui.common.StatusBarViewModel;
import org.yichuang.usecase.AcceptCase;
import org.yichuang.usecase.SearchCatalogue;

/** A clerk accepts the newborn bundle end to end: sign in, search by initials, guide, card, form, accept, receipt. */
@ExtendWith(ApplicationExtension.class)
class ClerkFlowTest {
    private final TestPlatform platform = TestPlatform.start();
    private final FxTaskExecutor tasks = UiTestSupport.tasks();
    private Path savedReceipt;

    @Start
    void start(Stage stage) throws Exception {
        savedReceipt = Files.createTempFile("receipt", ".pdf");
        Files.delete(savedReceipt);
        DialogService dialogs = new DialogService() { // stands in for the native file chooser only
            @Override
            public Optional<Path> chooseSaveFile(String title, String name, String extension) {
                return Optional.of(savedReceipt);
            }

            @Override
            public void showError(String title, String message) {
            }
        };
        var reader = new SimulatedIdCardReader(List.of(SpecimenCards.LI_MEI), java.time.Duration.ofMillis(100));
        var printer = new NoPrinter();
        var documents = new ReceiptDocument(Optional.empty());
        var status = new StatusBarViewModel(platform.client, () -> List.of(reader.state(), printer.state()), tasks, UiTestSupport.I18N);
        ClerkServices services = new ClerkServices(platform.client, new SearchCatalogue(platform.client),
                new AcceptCase(platform.client, documents), documents, reader, org.yichuang.usecase.port.PhotoDecoder.NONE,
                printer, tasks, dialogs,
                UiTestSupport.I18N, UiTestSupport.ERRORS, status, UiTestSupport.CLOCK);
        UiTestSupport.show(stage, new ClerkShell(services).node());
    }

    @AfterEach
    void stop() {
        tasks.close();
        platform.close();
        platform.deleteData();
    }

    /** Ids with dots cannot be written as CSS selectors. */
    private static java.util.function.Predicate<javafx.scene.Node> byId(String id) {
        return n -> id.equals(n.getId());
    }

    @Test
    void acceptsTheNewbornBundleAndSavesItsReceipt(FxRobot robot) throws Exception {
        robot.clickOn("#signin-username").write("clerk01");
        robot.clickOn("#signin-password").write("yichuang01");
        robot.clickOn("#signin-button");
        waitUntil("the search field shows", () -> robot.lookup("#catalogue-search").tryQuery().isPresent());

        robot.clickOn("#catalogue-search").write("xsecs");
        ListView<CatalogueHit> results = robot.lookup("#catalogue-results").queryListView();
        waitUntil("the newborn bundle is found", () -> !results.getItems().isEmpty()
                && results.getItems().getFirst().name().startsWith("新生儿出生"));
        assertThat(results.getItems().getFirst().type()).isEqualTo(SubjectType.BUNDLE);
        String bundleCode = results.getItems().getFirst().code();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the guide shows", () -> robot.lookup("#guide-title").tryQuery().isPresent());
        assertThat(robot.lookup("#guide-title").queryAs(Label.class).getText()).startsWith("新生儿出生");

        robot.clickOn("#guide-start");
        waitUntil("the acceptance screen shows", () -> robot.lookup("#read-card").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.F2);
        waitUntil("the card is read", () -> robot.lookup("#applicant-name").tryQuery().isPresent());
        assertThat(robot.lookup("#applicant-name").queryAs(Label.class).getText()).isEqualTo("李梅");

        var bundle = platform.client.bundle(bundleCode);
        Set<SituationChoice> firstAnswers = Merging.situations(bundle.items()).stream()
                .map(s -> new SituationChoice(s.id(), s.options().getFirst().id())).collect(Collectors.toSet());
        List<FormField> fields = Merging.fields(bundle.items(), firstAnswers);
        var prefilled = robot.lookup(byId("field-applicant.name")).tryQuery();
        prefilled.ifPresent(n -> assertThat(((TextField) n).getText()).isEqualTo("李梅"));
        for (FormField f : fields) {
            var node = robot.lookup(byId("field-" + f.key())).query();
            if (node instanceof ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                ComboBox<String> choice = (ComboBox<String>) box;
                robot.interact(() -> choice.setValue(Submissions.value(f)));
            } else if (node instanceof TextField text && text.getText().isBlank()) {
                robot.interact(() -> text.setText(Submissions.value(f)));
            }
        }
        robot.lookup(n -> n instanceof CheckBox && n.getId() != null && n.getId().startsWith("material-"))
                .queryAllAs(CheckBox.class).forEach(box -> robot.interact(box::fire));
        robot.clickOn("#accept-case");
        waitUntil("the case number shows", () -> robot.lookup("#case-number").tryQuery().isPresent());
        String caseNumber = robot.lookup("#case-number").queryAs(Label.class).getText();
        assertThat(CaseNumbers.isValid(caseNumber)).isTrue();

        CaseRecord record = platform.client.caseRecord(caseNumber);
        assertThat(record.subjectType()).isEqualTo(SubjectType.BUNDLE);
        assertThat(record.subjectCode()).isEqualTo(bundleCode);
        assertThat(record.applicant().name()).isEqualTo("李梅");
        assertThat(record.status()).isIn(CaseStatus.ACCEPTED, CaseStatus.COMPLETED);
        assertThat(record.formData()).containsEntry("applicant.idNumber", "610113198803124523");

        robot.clickOn("#save-receipt");
        waitUntil("the receipt is saved", () -> Files.exists(savedReceipt) && savedReceipt.toFile().length() > 1000);
        try (var pdf = Loader.loadPDF(savedReceipt.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(caseNumber, "受理回执", "新生儿出生");
        }
    }

    @Test
    void refusesToAcceptWithoutTheApplicantsCard(FxRobot robot) {
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
        assertThat(robot.lookup("#case-number").tryQuery()).isEmpty();
    }
}
