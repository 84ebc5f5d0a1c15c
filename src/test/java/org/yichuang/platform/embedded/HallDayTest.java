package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.device.idcard.sim.SpecimenCards;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.SubjectType;
import org.yichuang.platform.RawHttp;
import org.yichuang.platform.Submissions;
import org.yichuang.platform.client.HttpPlatform;

/**
 * Field report (issue 10): /clerk/work without a date used the server's UTC date and returned nothing before 08:00
 * Beijing time. At 06:30 in Xi'an (22:30 UTC the day before) the day's cases are there.
 */
class HallDayTest {
    @TempDir
    Path data;

    @Test
    void todayIsTheHallsDayWhateverTheMachinesZone() throws Exception {
        Clock early = Clock.fixed(Instant.parse("2026-06-15T22:30:00Z"), ZoneId.of("Asia/Shanghai"));
        try (EmbeddedPlatform server = EmbeddedPlatform.start(new EmbeddedPlatform.Settings(data,
                InetAddress.getLoopbackAddress(), 0, Duration.ofHours(1), early))) {
            HttpPlatform client = new HttpPlatform(server.baseUri());
            client.signIn("clerk02", "yichuang02".toCharArray()); // the clerk RawHttp signs in as
            String code = client.searchItems("", null, 0, 1).content().getFirst().code();
            CaseSubmission valid = Submissions.valid(SubjectType.ITEM, code, List.of(client.item(code)), SpecimenCards.LI_MEI);
            CaseRecord r = client.submitCase(UUID.randomUUID().toString(), new CaseSubmission(valid.subjectType(),
                    valid.subjectCode(), valid.applicant(), null, valid.formData(), valid.materials(), CaseDecision.accept(),
                    valid.channel(), "clerk02", valid.window(), "", null));
            assertThat(r.acceptedAt().toLocalDate()).hasToString("2026-06-16");
            RawHttp raw = new RawHttp(server.baseUri());
            var reply = raw.send("GET", "/api/v1/clerk/work", null, null, "Authorization", "Bearer " + raw.token());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).as("the work list without a date").contains(r.caseNumber());
        }
    }
}
