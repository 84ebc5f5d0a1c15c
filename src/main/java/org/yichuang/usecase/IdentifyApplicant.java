package org.yichuang.usecase;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.ApplicantChecks;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.IdNumbers;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.domain.text.Identifiers;
import org.yichuang.domain.text.TypedText;
import org.yichuang.usecase.port.IdCardReader;
import org.yichuang.usecase.port.IdCardReader.IdCardException;
import org.yichuang.usecase.port.PeopleRecords;
import org.yichuang.usecase.port.PhotoDecoder;

/**
 * Who is in front of the window or the kiosk: a card read (ID card, residence permit, foreigner's card, or a social
 * security card through the same port) with its photo and the checks of GB 11643 and the card's validity, or the
 * same checks on what a clerk types; then what the platform holds about the person (一人一档, e-licences). The same
 * rules for both modes. Every method blocks: run it off the FX thread.
 */
public final class IdentifyApplicant {
    /** Why there is no photo: never a made-up one (protocols.md, "The photo"). */
    public enum PhotoNote { DECODED, NONE_FROM_READER, NEEDS_DECODER, UNDECODABLE }

    /** A person identified, their photo and what the checks found (message keys, most serious first). */
    public record Identified(CardHolder person, Optional<PhotoDecoder.Photo> photo, PhotoNote photoNote,
                             List<String> problems) {
        public Identified {
            problems = List.copyOf(problems);
        }
    }

    /** What the platform holds about a person; {@link #NONE} when it holds nothing. */
    public record Records(PersonalProfile profile, List<ElectronicLicence> licences) {
        public static final Records NONE = new Records(PersonalProfile.EMPTY, List.of());

        public Records {
            licences = List.copyOf(licences);
        }
    }

    private final IdCardReader reader;
    private final PhotoDecoder photos;
    private final PeopleRecords people;
    private final Clock clock;

    public IdentifyApplicant(IdCardReader reader, PhotoDecoder photos, PeopleRecords people, Clock clock) {
        this.reader = reader;
        this.photos = photos;
        this.people = people;
        this.clock = clock;
    }

    /** Waits up to {@code timeout} for a card and reads it; failures carry a reason key (and an unsupported edition). */
    public Identified read(Duration timeout) throws IdCardException {
        IdCardReader.Identity identity = reader.readIdentity(timeout);
        byte[] wlt = identity.wltPhoto();
        Optional<PhotoDecoder.Photo> photo = wlt.length > 0 && photos.configured() ? photos.decode(wlt) : Optional.empty();
        PhotoNote note = photo.isPresent() ? PhotoNote.DECODED : wlt.length == 0 ? PhotoNote.NONE_FROM_READER
                : photos.configured() ? PhotoNote.UNDECODABLE : PhotoNote.NEEDS_DECODER;
        CardHolder person = identity.applicant();
        return new Identified(person, photo, note, ApplicantChecks.problems(person, LocalDate.now(clock)));
    }

    /**
     * A resident typed in by a clerk when there is no card, cleaned as typed text and checked like a card; sex and
     * birth date come from the number. {@code problems} non-empty means the person must not be taken.
     */
    public Identified typed(String name, String idNumber, String address) {
        String number = Identifiers.code(idNumber);
        String cleanName = TypedText.normalise(name);
        LocalDate birth = IdNumbers.birthDate(number).orElse(null);
        Sex sex = number.length() == 18 && Character.isDigit(number.charAt(16))
                ? Sex.fromCode((number.charAt(16) - '0') % 2 == 1 ? "1" : "2") : Sex.UNKNOWN;
        CardHolder person = new CardHolder(cleanName, sex, "", birth, TypedText.normalise(address), number, "", null, null,
                IdDocumentType.RESIDENT_ID);
        List<String> problems = new ArrayList<>();
        if (cleanName.isEmpty()) {
            problems.add("field.required");
        }
        problems.addAll(ApplicantChecks.problems(person, LocalDate.now(clock)));
        return new Identified(person, Optional.empty(), PhotoNote.NONE_FROM_READER, problems);
    }

    /** The person's profile and e-licences (for a foreigner, by the permanent residence number). */
    public Records records(CardHolder who) {
        return new Records(people.profile(who.idNumber()), people.licences(who.idNumber()));
    }
}
