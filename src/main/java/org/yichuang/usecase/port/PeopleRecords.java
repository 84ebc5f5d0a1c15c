package org.yichuang.usecase.port;

import java.util.List;
import org.yichuang.domain.applicant.PersonalProfile;
import org.yichuang.domain.licence.ElectronicLicence;

/** What the platform holds about a person: the profile (一人一档) and e-licences (电子证照). */
public interface PeopleRecords {
    /** The personal profile of a person, {@link PersonalProfile#EMPTY} when the platform has none. */
    PersonalProfile profile(String idNumber);

    /** The e-licences issued to a holder, by ID number or USCC. */
    List<ElectronicLicence> licences(String holderId);

    /** One e-licence as PDF, for a material it replaces. */
    byte[] licenceFile(String licenceNumber);
}
