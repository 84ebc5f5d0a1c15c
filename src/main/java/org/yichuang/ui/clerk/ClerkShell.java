package org.yichuang.ui.clerk;

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
import org.yichuang.ui.clerk.guide.Guide;
import org.yichuang.ui.clerk.guide.GuideView;
import org.yichuang.ui.clerk.guide.GuideViewModel;
import org.yichuang.ui.clerk.home.HomeView;
import org.yichuang.ui.clerk.home.HomeViewModel;
import org.yichuang.ui.clerk.receipt.ReceiptView;
import org.yichuang.ui.clerk.receipt.ReceiptViewModel;
import org.yichuang.ui.clerk.signin.SignInView;
import org.yichuang.ui.clerk.signin.SignInViewModel;
import org.yichuang.ui.common.StatusBarView;
import org.yichuang.usecase.AcceptCase;

/** The clerk workstation's window content: a header, the current screen, the status bar. */
public final class ClerkShell implements ClerkNavigator {
    private final BorderPane root = new BorderPane();
    private final ClerkServices s;
    private final Label who = new Label();
    private Clerk clerk;

    public ClerkShell(ClerkServices services) {
        this.s = services;
        Label product = new Label(s.i18n().get("app.title.clerk"));
        product.getStyleClass().add("product");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button signOut = new Button(s.i18n().get("clerk.signOut"));
        signOut.visibleProperty().bind(who.textProperty().isNotEmpty());
        signOut.setOnAction(e -> signOut());
        HBox header = new HBox(12, product, gap, who, signOut);
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
        root.setCenter(new SignInView(new SignInViewModel(s.platform(), s.tasks(), this, s.i18n(), s.errors()), s.i18n()).node());
    }

    private void signOut() {
        s.platform().signOut();
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
        root.setCenter(new GuideView(new GuideViewModel(hit, s.platform(), s.tasks(), this, s.i18n(), s.errors()), s.i18n()).node());
    }

    @Override
    public void acceptance(Guide guide) {
        var services = new AcceptanceViewModel.Services(s.reader(), s.photos(), s.acceptCase(), s.tasks(), this, s.i18n(),
                s.errors(), s.clock());
        root.setCenter(new AcceptanceView(new AcceptanceViewModel(guide, clerk, services), s.i18n()).node());
    }

    @Override
    public void receipt(Guide guide, AcceptCase.Accepted accepted) {
        root.setCenter(new ReceiptView(new ReceiptViewModel(accepted, s.documents(), s.printer(), s.tasks(), s.dialogs(), this,
                s.i18n(), s.errors()), s.i18n()).node());
    }

}
