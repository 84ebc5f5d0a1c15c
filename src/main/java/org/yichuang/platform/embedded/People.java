package org.yichuang.platform.embedded;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.platform.Json;

/**
 * The province's personal profiles (一人一档) and e-licence store, as the embedded platform stands in for them:
 * read-only reference data of the specimen people, loaded like the catalogue.
 */
final class People {
    record Person(String idNumber, String holderName, PersonalProfile profile, List<ElectronicLicence> licences) {
        Person {
            licences = List.copyOf(licences == null ? List.of() : licences);
        }
    }

    /** The seed file: the specimen people, and the licence type a search by an enterprise's USCC finds. */
    private record File(String enterpriseLicenceType, List<Person> people) {
    }

    private final Map<String, Person> byId;
    private final String enterpriseLicenceType;

    private People(File file) {
        this.byId = file.people().stream().collect(Collectors.toMap(p -> key(p.idNumber()), Function.identity()));
        this.enterpriseLicenceType = java.util.Objects.requireNonNull(file.enterpriseLicenceType(),
                "people.json names no enterpriseLicenceType");
    }

    static People fromClassPath() {
        try (InputStream in = People.class.getResourceAsStream("people.json")) {
            if (in == null) {
                throw new IllegalStateException("people.json is missing from the platform's resources");
            }
            var mapper = Json.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            return new People(mapper.readValue(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException("people.json cannot be read", e);
        }
    }

    private static String key(String id) {
        return id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
    }

    PersonalProfile profile(String idNumber) {
        return Optional.ofNullable(byId.get(key(idNumber))).map(Person::profile).orElse(PersonalProfile.EMPTY);
    }

    /** Licences by the holder's ID number, or by an enterprise's USCC in a profile. */
    List<ElectronicLicence> licences(String holderId) {
        Person person = byId.get(key(holderId));
        if (person != null) {
            return person.licences();
        }
        return byId.values().stream().filter(p -> p.profile().enterpriseUscc().equalsIgnoreCase(holderId))
                .flatMap(p -> p.licences().stream().filter(l -> l.type().equals(enterpriseLicenceType))).toList();
    }

    Optional<Licensed> licence(String licenceNumber) {
        for (Person p : byId.values()) {
            for (ElectronicLicence l : p.licences()) {
                if (l.licenceNumber().equals(licenceNumber)) {
                    return Optional.of(new Licensed(l, p.holderName()));
                }
            }
        }
        return Optional.empty();
    }

    record Licensed(ElectronicLicence licence, String holderName) {
    }
}
