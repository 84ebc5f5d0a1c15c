package org.yichuang.ui.clerk.acceptance;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.ui.common.CardMessages;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.IdentifyApplicant.Identified;
import org.yichuang.usecase.IdentifyApplicant.Records;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.PhotoDecoder;

/**
 * The people of one acceptance as properties over {@link IdentifyApplicant}: the principal (by card or typed), their
 * photo and warnings, the agent (代办人) read after them, and what the platform holds about the principal.
 * {@code onRecords} hears the principal's records once they arrive (the profile prefills, e-licences satisfy).
 * A case holds one applicant: a card of another person is a {@link Change} the clerk confirms or cancels, never taken
 * silently; the same person's card read again only refreshes the photo and warnings.
 */
public final class ApplicantModel {
    /** Whose card was read and waits for the clerk: the principal's or the agent's. */
    public enum Role { PRINCIPAL, AGENT }

    /** Another person's card, read while one is already in the acceptance. */
    public record Change(Role role, Identified read) {
    }

    private final IdentifyApplicant identify;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ErrorMessages errors;
    private final Consumer<Records> onRecords;
    private final ObjectProperty<CardHolder> applicant = new SimpleObjectProperty<>();
    private final ObjectProperty<CardHolder> agent = new SimpleObjectProperty<>();
    private final ObjectProperty<PhotoDecoder.Photo> photo = new SimpleObjectProperty<>();
    private final StringProperty photoNote = new SimpleStringProperty("");
    private final StringProperty cardMessage = new SimpleStringProperty("");
    private final StringProperty agentMessage = new SimpleStringProperty("");
    private final StringProperty recordsMessage = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final ObjectProperty<Change> pending = new SimpleObjectProperty<>();

    ApplicantModel(IdentifyApplicant identify, TaskExecutor tasks, I18n i18n, ErrorMessages errors, Consumer<Records> onRecords) {
        this.identify = identify;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = errors;
        this.onRecords = onRecords;
    }

    public void readCard() {
        readWith(cardMessage, read -> principal(read, warnings(read.problems())));
    }

    /** The principal typed in when there is no card, checked like a card; the problems (keys), empty when taken. */
    public List<String> enterManually(String name, String idNumber, String address) {
        Identified typed = identify.typed(name, idNumber, address);
        if (typed.problems().isEmpty()) {
            principal(typed, i18n.get("acceptance.manual.taken"));
        }
        return typed.problems();
    }

    /** Reads the agent's card after the principal's; the agent is recorded apart from the applicant. */
    public void readAgentCard() {
        readWith(agentMessage, read -> {
            CardHolder person = read.person();
            if (samePerson(applicant.get(), person)) {
                agentMessage.set(i18n.get("acceptance.agent.same"));
            } else if (agent.get() != null && !samePerson(agent.get(), person)) {
                ask(new Change(Role.AGENT, read), agentMessage, agent.get());
            } else {
                agent.set(person);
                agentMessage.set(warnings(read.problems()));
            }
        });
    }

    /** Takes the other person waiting in {@link #pendingProperty()}: what came from the previous one is dropped. */
    public void confirmChange() {
        Change change = pending.get();
        if (change == null) {
            return;
        }
        pending.set(null);
        if (change.role() == Role.AGENT) {
            agent.set(change.read().person());
            agentMessage.set(warnings(change.read().problems()));
            return;
        }
        agent.set(null);
        agentMessage.set("");
        showPhoto(change.read());
        take(change.read().person(), warnings(change.read().problems()));
    }

    /** Keeps the people as they were; the card read is forgotten. */
    public void cancelChange() {
        Change change = pending.get();
        pending.set(null);
        if (change != null) {
            (change.role() == Role.AGENT ? agentMessage : cardMessage).set(i18n.get("acceptance.change.kept"));
        }
    }

    private void principal(Identified read, String message) {
        CardHolder now = applicant.get();
        if (now != null && !samePerson(now, read.person())) {
            ask(new Change(Role.PRINCIPAL, read), cardMessage, now);
            return;
        }
        showPhoto(read);
        if (now == null) {
            take(read.person(), message);
        } else {
            cardMessage.set(message); // the same person again: the warnings may differ, nothing else does
        }
    }

    private void ask(Change change, StringProperty message, CardHolder current) {
        pending.set(change);
        String key = change.role() == Role.AGENT ? "acceptance.change.askAgent" : "acceptance.change.ask";
        message.set(i18n.get(key, change.read().person().name(), current.name()));
    }

    private static boolean samePerson(CardHolder a, CardHolder b) {
        return a != null && b != null && a.idNumber().equalsIgnoreCase(b.idNumber());
    }

    private void showPhoto(Identified read) {
        photo.set(read.photo().orElse(null));
        photoNote.set(switch (read.photoNote()) {
            case DECODED -> "";
            case NONE_FROM_READER -> i18n.get("acceptance.photo.none");
            case UNDECODABLE -> i18n.get("acceptance.photo.undecodable");
            case NEEDS_DECODER -> i18n.get("acceptance.photo.needsDecoder");
        });
    }

    private void take(CardHolder person, String message) {
        applicant.set(person);
        cardMessage.set(message);
        recordsMessage.set(i18n.get("acceptance.records.loading"));
        tasks.run(() -> identify.records(person), found -> {
            if (applicant.get() != person) {
                return; // another applicant was read meanwhile
            }
            onRecords.accept(found);
            recordsMessage.set(i18n.get("acceptance.records.found", found.licences().size()));
        }, failure -> recordsMessage.set(i18n.get("acceptance.records.failed") + errors.of(failure)));
    }

    /** One card read in the background, its progress and failures told in {@code message}. */
    private void readWith(StringProperty message, Consumer<Identified> onRead) {
        if (reading.get()) {
            return;
        }
        reading.set(true);
        message.set(i18n.get("acceptance.card.reading"));
        tasks.run(() -> identify.read(Duration.ofSeconds(10)), read -> {
            reading.set(false);
            onRead.accept(read);
        }, failure -> {
            reading.set(false);
            message.set(failure instanceof IdCardReader.IdCardException e ? CardMessages.forClerk(e, i18n) : errors.of(failure));
        });
    }

    /** Every warning about the document at once: an invalid number and an expired card are both said. */
    private String warnings(List<String> problems) {
        return problems.stream().map(i18n::get).collect(Collectors.joining("\n"));
    }

    public ObjectProperty<CardHolder> applicantProperty() {
        return applicant;
    }

    public ObjectProperty<CardHolder> agentProperty() {
        return agent;
    }

    public ObjectProperty<PhotoDecoder.Photo> photoProperty() {
        return photo;
    }

    public StringProperty photoNoteProperty() {
        return photoNote;
    }

    public StringProperty cardMessageProperty() {
        return cardMessage;
    }

    public StringProperty agentMessageProperty() {
        return agentMessage;
    }

    public StringProperty recordsMessageProperty() {
        return recordsMessage;
    }

    /** Another person's card waiting for the clerk to confirm or cancel the change; null when none. */
    public ObjectProperty<Change> pendingProperty() {
        return pending;
    }

    public BooleanProperty readingProperty() {
        return reading;
    }
}
