package org.yichuang.platform.embedded;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The embedded platform's user-facing texts, each the key of a line in {@code platform.properties}: timeline notes,
 * validation problems, the specimen e-licence and the health reply. The wording lives in the bundle so it can be
 * reviewed without reading Java; the constants make every key the code uses checkable (PlatformTextTest).
 */
enum PlatformText {
    PLATFORM_NAME("platform.name", 0),
    NOTE_ACCEPTED("note.accepted", 0),
    NOTE_NOTIFIED("note.notified", 0),
    NOTE_REFUSED("note.refused", 0),
    NOTE_COMPLETED_AT_ONCE("note.completedAtOnce", 0),
    NOTE_WAITING_FOR_DEFERRED("note.waitingForDeferred", 0),
    NOTE_COMPLETED_WHEN_SUPPLIED("note.completedWhenSupplied", 0),
    NOTE_DEFERRED_SUPPLIED("note.deferredSupplied", 1),
    NOTE_ADVANCED_BY_CLOCK("note.advancedByClock", 0),
    NOTE_ADVANCED_BY_ADMIN("note.advancedByAdmin", 0),
    PROBLEM_REQUIRED("problem.required", 1),
    PROBLEM_TOO_LONG("problem.tooLong", 2),
    PROBLEM_PHONE("problem.phone", 1),
    PROBLEM_USCC("problem.uscc", 1),
    PROBLEM_ID_FORMAT("problem.idFormat", 1),
    PROBLEM_ID_CHECK_DIGIT("problem.idCheckDigit", 1),
    PROBLEM_ID_BIRTH_DATE("problem.idBirthDate", 1),
    PROBLEM_FORMAT("problem.format", 1),
    PROBLEM_UNCONFIRMED_CHECK_DIGIT("problem.unconfirmedCheckDigit", 2),
    PROBLEM_NOT_DEFERRABLE("problem.notDeferrable", 1),
    PROBLEM_NO_DIGEST("problem.noDigest", 1),
    PROBLEM_NO_LICENCE_NUMBER("problem.noLicenceNumber", 1),
    PROBLEM_MATERIAL_MISSING("problem.materialMissing", 1),
    PROBLEM_NOT_THE_APPLICANT("problem.notTheApplicant", 1),
    PROBLEM_NOT_THE_AGENT("problem.notTheAgent", 1),
    PROBLEM_LICENCE_NOT_HELD("problem.licenceNotHeld", 2),
    PROBLEM_DATE_FUTURE("problem.dateFuture", 1),
    PROBLEM_DATE_PAST("problem.datePast", 1),
    PROBLEM_DATE_BEFORE("problem.dateBefore", 3),
    PROBLEM_APPLICANT_BIRTH_DATE("problem.applicantBirthDate", 0),
    CONFLICT_DEFERRED_OUTSTANDING("conflict.deferredOutstanding", 1),
    LICENCE_TITLE("licence.title", 1),
    LICENCE_NUMBER("licence.number", 1),
    LICENCE_HOLDER("licence.holder", 1),
    LICENCE_ISSUER("licence.issuer", 1),
    LICENCE_ISSUED_ON("licence.issuedOn", 1),
    LICENCE_VALID_UNTIL("licence.validUntil", 1),
    LICENCE_PERMANENT("licence.permanent", 0),
    LICENCE_SPECIMEN("licence.specimen", 0);

    static final String BUNDLE = "org.yichuang.platform.embedded.platform";
    // the platform speaks Chinese whatever the machine's locale: platform.properties only, no fallback
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final String key;
    private final int arguments;

    PlatformText(String key, int arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    /** How many arguments the text takes: its pattern has {0} up to this less one. */
    int arguments() {
        return arguments;
    }

    /** The text with its arguments in place, each as {@link String#valueOf} writes it (no number grouping). */
    String text(Object... args) {
        if (args.length != arguments) {
            throw new IllegalArgumentException(key + " takes " + arguments + " argument(s), not " + args.length);
        }
        String pattern = TEXTS.getString(key);
        return arguments == 0 ? pattern : MessageFormat.format(pattern, Arrays.stream(args).map(String::valueOf).toArray());
    }
}
