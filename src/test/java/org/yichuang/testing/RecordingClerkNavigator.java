package org.yichuang.testing;

import java.util.ArrayList;
import java.util.List;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.Subject;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.ui.clerk.CatalogueHit;
import org.yichuang.ui.clerk.ClerkNavigator;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.MakeDocuments;

/** A clerk's shell that only writes down where the view models sent it, and with what. */
public final class RecordingClerkNavigator implements ClerkNavigator {
    /** Each move in order, as the screen's name. */
    public final List<String> moves = new ArrayList<>();
    /** What the last move carried (a clerk, a hit, a subject, a record, a kept decision); null for home and my work. */
    public Object carried;
    /** The documents of the last {@link #documents} move. */
    public List<MakeDocuments.Document> documents = List.of();

    @Override
    public void signedIn(Clerk clerk) {
        move("signedIn", clerk);
    }

    @Override
    public void home() {
        move("home", null);
    }

    @Override
    public void guide(CatalogueHit hit) {
        move("guide", hit);
    }

    @Override
    public void acceptance(Subject guide) {
        move("acceptance", guide);
    }

    @Override
    public void documents(CaseRecord record, List<MakeDocuments.Document> documents) {
        this.documents = List.copyOf(documents);
        move("documents", record);
    }

    @Override
    public void kept(DecideCase.Kept kept) {
        move("kept", kept);
    }

    @Override
    public void evaluation(CaseRecord record) {
        move("evaluation", record);
    }

    @Override
    public void myWork() {
        move("myWork", null);
    }

    private void move(String screen, Object what) {
        moves.add(screen);
        carried = what;
    }
}
