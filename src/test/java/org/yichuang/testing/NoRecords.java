package org.yichuang.testing;

import java.util.List;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.usecase.port.PeopleRecords;

/** A platform that answers, and knows nobody: no profile, no e-licences. For tests about something else. */
public final class NoRecords implements PeopleRecords {
    @Override
    public PersonalProfile profile(String idNumber) {
        return PersonalProfile.EMPTY;
    }

    @Override
    public List<ElectronicLicence> licences(String holderId) {
        return List.of();
    }

    @Override
    public byte[] licenceFile(String licenceNumber) {
        throw new IllegalArgumentException("no e-licence " + licenceNumber); // as the platform's 404 would
    }
}
