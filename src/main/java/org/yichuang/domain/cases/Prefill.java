package org.yichuang.domain.cases;

import org.yichuang.domain.applicant.CardHolder;
import org.yichuang.domain.applicant.PersonalProfile;

import java.util.Optional;
import java.util.Properties;
import org.yichuang.domain.catalogue.PrefillSource;
import org.yichuang.domain.text.DataFiles;

/** The value an identity document gives a form field, so that nobody retypes it. Sex labels: {@code prefill.properties}. */
public final class Prefill {
    private static final Properties TEXT = DataFiles.properties(Prefill.class, "prefill.properties");

    private Prefill() {
    }

    public static Optional<String> fromCard(PrefillSource source, CardHolder a) {
        if (source == null || a == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (source) {
            case IDCARD_NAME -> a.name();
            case IDCARD_SEX -> a.sex() == null ? null : TEXT.getProperty("sex." + a.sex().name()); // UNKNOWN: none
            case IDCARD_NATION -> a.nation();
            case IDCARD_BIRTH_DATE -> a.birthDate() == null ? null : a.birthDate().toString();
            case IDCARD_ADDRESS -> a.address();
            case IDCARD_ID_NUMBER -> a.idNumber();
            default -> null; // PROFILE_* come from the platform's personal profile (一人一档)
        });
    }

    public static Optional<String> fromProfile(PrefillSource source, PersonalProfile p) {
        if (source == null || p == null) {
            return Optional.empty();
        }
        String value = switch (source) {
            case PROFILE_PHONE -> p.phone();
            case PROFILE_RESIDENCE_ADDRESS -> p.residenceAddress();
            case PROFILE_SPOUSE_NAME -> p.spouseName();
            case PROFILE_SPOUSE_ID_NUMBER -> p.spouseIdNumber();
            case PROFILE_SOCIAL_SECURITY_NUMBER -> p.socialSecurityNumber();
            case PROFILE_ENTERPRISE_NAME -> p.enterpriseName();
            case PROFILE_ENTERPRISE_USCC -> p.enterpriseUscc();
            default -> "";
        };
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
