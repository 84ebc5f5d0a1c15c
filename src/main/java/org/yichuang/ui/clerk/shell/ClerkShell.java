package org.yichuang.ui.clerk.shell;

import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.ui.clerk.CatalogueHit;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.ui.clerk.acceptance.AcceptanceView;
import org.yichuang.ui.clerk.acceptance.AcceptanceViewModel;
import org.yichuang.domain.cases.Subject;
import org.yichuang.ui.clerk.guide.GuideView;
import org.yichuang.ui.clerk.guide.GuideViewModel;
import org.yichuang.ui.clerk.home.HomeView;
import org.yichuang.ui.clerk.home.HomeViewModel;
import org.yichuang.ui.clerk.acceptance.MaterialActions;
import org.yichuang.ui.clerk.documents.DocumentsView;
import org.yichuang.ui.clerk.documents.DocumentsViewModel;
import org.yichuang.ui.clerk.evaluation.EvaluationView;
import org.yichuang.ui.clerk.evaluation.EvaluationViewModel;
import org.yichuang.ui.clerk.work.WorkView;
import org.yichuang.ui.clerk.work.WorkViewModel;
import org.yichuang.ui.common.Styles;
import org.yichuang.usecase.OpenSubject;
import org.yichuang.usecase.RateService;
import org.yichuang.usecase.SignIn;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.MakeDocuments;
import org.yichuang.domain.cases.CaseRecord;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.yichuang.ui.clerk.signin.SignInView;
import org.yichuang.ui.clerk.signin.SignInViewModel;
import org.yichuang.ui.common.StatusBarView;

/** The clerk workstation's window content: a header, the current screen, the status bar. */
public final class ClerkShell implements ClerkNavigator {
    private final BorderPane root = new BorderPane();
    private final ClerkServices s;
    private final Label who = new Label();
    private Clerk clerk;
    private final java.util.Set<String> rated = new java.util.HashSet<>(); // cases rated this session: no second offer

    public ClerkShell(ClerkServices services) {
        this.s = services;
        Label product = new Label(s.i18n().get("app.title.clerk"));
        product.getStyleClass().add("product");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button work = new Button(s.i18n().get("clerk.myWork"));
        work.setId("my-work");
        // the applicant rates on this screen: the clerk's buttons are not theirs to press
        var applicantRates = javafx.beans.binding.Bindings.createBooleanBinding(() -> root.getCenter() != null
                && root.getCenter().getStyleClass().contains("evaluation"), root.centerProperty());
        work.visibleProperty().bind(who.textProperty().isNotEmpty().and(applicantRates.not()));
        work.setOnAction(e -> myWork());
        Button signOut = new Button(s.i18n().get("clerk.signOut"));
        signOut.visibleProperty().bind(who.textProperty().isNotEmpty().and(applicantRates.not()));
        signOut.setOnAction(e -> signOut());
        HBox header = new HBox(12, product, gap, who, work, signOut);
        header.getStyleClass().add("header");
        root.setTop(header);
        root.setBottom(new StatusBarView(s.status()).node());
        root.getStyleClass().add("clerk");
        showSignIn();
    }

    public Parent node() {
        return root;
    }

    private void showSignIn() {
        root.setCenter(new SignInView(new SignInViewModel(s.signIn(), s.tasks(), this, s.i18n(), s.errors()), s.i18n()).node());
    }

    private void signOut() {
        s.signIn().signOut();
        clerk = null;
        who.setText("");
        showSignIn();
    }

    @Override
    public void signedIn(Clerk signedIn) {
        this.clerk = signedIn;
        who.setText(s.i18n().get("clerk.who", signedIn.displayName(), signedIn.hall(), signedIn.window()));
        home();
    }

    @Override
    public void home() {
        root.setCenter(new HomeView(new HomeViewModel(s.search(), s.tasks(), this, s.i18n(), s.errors()), s.i18n()).node());
    }

    @Override
    public void guide(CatalogueHit hit) {
        root.setCenter(new GuideView(new GuideViewModel(hit, s.openSubject(), s.tasks(), this, s.i18n(), s.errors()), s.i18n()).node());
    }

    @Override
    public void acceptance(Subject guide) {
        var actions = new MaterialActions(new MaterialActions.Services(s.provide(), s.tasks(), s.dialogs(), s.i18n(),
                s.errors()));
        var services = new AcceptanceViewModel.Services(s.identify(), s.decideCase(), actions,
                s.tasks(), this, s.i18n(), s.errors(), s.clock());
        root.setCenter(new AcceptanceView(new AcceptanceViewModel(guide, clerk, services), s.i18n()).node());
    }

    @Override
    public void documents(CaseRecord record, List<MakeDocuments.Document> documents) {
        var services = new DocumentsViewModel.Services(s.printing(), s.tasks(), s.dialogs(), this, s.i18n(),
                s.errors());
        root.setCenter(new DocumentsView(new DocumentsViewModel(record, documents, services,
                !rated.contains(record.caseNumber())), s.i18n()).node());
    }

    @Override
    public void kept(DecideCase.Kept kept) {
        WorkViewModel work = showWork();
        work.messageProperty().set(s.i18n().get("work.keptNow"));
    }

    @Override
    public void evaluation(CaseRecord record) {
        List<Screen> screens = Screen.getScreens();
        if (screens.size() < 2) {
            EvaluationViewModel model = new EvaluationViewModel(record, s.rate(), s.tasks(), s.i18n(), s.errors(), this::home);
            model.thankedProperty().addListener((obs, was, now) -> rated.add(record.caseNumber()));
            root.setCenter(new EvaluationView(model, s.i18n()).node());
            return;
        }
        // the applicant's own screen faces them across the counter; the clerk sees that it waits
        Stage applicantStage = new Stage(StageStyle.UNDECORATED);
        Runnable done = () -> {
            applicantStage.close();
            home();
        };
        EvaluationViewModel model = new EvaluationViewModel(record, s.rate(), s.tasks(), s.i18n(), s.errors(), done);
        model.thankedProperty().addListener((obs, was, now) -> rated.add(record.caseNumber()));
        Scene scene = new Scene(new EvaluationView(model, s.i18n()).node());
        scene.getStylesheets().setAll(root.getScene().getStylesheets());
        applicantStage.setScene(scene);
        Rectangle2D bounds = screens.get(1).getVisualBounds();
        applicantStage.setX(bounds.getMinX());
        applicantStage.setY(bounds.getMinY());
        applicantStage.setWidth(bounds.getWidth());
        applicantStage.setHeight(bounds.getHeight());
        applicantStage.show();
        Label waiting = new Label(s.i18n().get("evaluation.waiting"));
        waiting.getStyleClass().add(Styles.TITLE);
        Button skip = new Button(s.i18n().get("evaluation.decline"));
        skip.setOnAction(e -> model.decline());
        VBox pane = new VBox(16, waiting, skip);
        pane.getStyleClass().add(Styles.SECTION);
        root.setCenter(pane);
    }

    @Override
    public void myWork() {
        showWork();
    }

    private WorkViewModel showWork() {
        var services = new WorkViewModel.Services(s.work(), s.outbox(), s.tasks(), s.dialogs(), this, s.i18n(), s.errors(),
                s.clock());
        WorkViewModel model = new WorkViewModel(clerk, services);
        root.setCenter(new WorkView(model, s.i18n()).node());
        return model;
    }
}
