package org.yichuang.device.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.applicant.Sex;

/** Social security cards through real pcscd + vpcd with a virtual card; pcscd is killed and restarted mid-session. */
@Tag("needs-daemon")
class PcscSocialSecurityReaderTest {
    private final VirtualSscCard card = new VirtualSscCard();
    private final PcscSocialSecurityReader reader = new PcscSocialSecurityReader("Virtual PCD 00 00");

    @BeforeEach
    void start() throws Exception {
        assumeThat(VirtualSscCard.available()).as("pcscd, vsmartcard-vpcd and python3-virtualsmartcard; .ci/run installs them").isTrue();
        assumeThat(new ProcessBuilder("pgrep", "-x", "pcscd").start().waitFor()).as("pcscd running (.ci/run starts it)").isZero();
        card.insert();
    }

    @AfterEach
    void stop() throws Exception {
        card.close();
    }

    @Test
    void readsTheHoldersData() throws Exception {
        SocialSecurityCard read = reader.read(Duration.ofSeconds(10));
        assertThat(read).isEqualTo(new SocialSecurityCard("A00000001", "610113198803124523", "李梅", Sex.FEMALE, "汉",
                LocalDate.of(1988, 3, 12)));
        assertThat(read.toString()).doesNotContain("李梅", "610113198803124523");
        assertThat(reader.readers()).contains("Virtual PCD 00 00");
    }

    @Test
    void identifiesTheHolderThroughTheIdentityPort() throws Exception {
        var identity = new SocialSecurityIdReader(reader);
        var applicant = identity.read(Duration.ofSeconds(10));
        assertThat(applicant.idNumber()).isEqualTo("610113198803124523");
        assertThat(applicant.documentType()).isEqualTo(org.yichuang.domain.applicant.IdDocumentType.SOCIAL_SECURITY_CARD);
        assertThat(org.yichuang.domain.applicant.ApplicantChecks.problems(applicant, LocalDate.of(2026, 11, 22))).isEmpty();
        assertThat(identity.probe().condition()).isEqualTo(org.yichuang.usecase.port.DeviceState.Condition.READY);
    }

    @Test
    void noCardIsExplainedAndACardInsertedLaterIsRead() throws Exception {
        card.remove();
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2))).isInstanceOfSatisfying(
                SscException.class, e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(SscException.Reason.NO_CARD));
        card.insert();
        assertThat(reader.read(Duration.ofSeconds(10)).name()).isEqualTo("李梅");
    }

    @Test
    void survivesPcscdBeingKilledAndRestarted() throws Exception {
        assertThat(reader.read(Duration.ofSeconds(10)).name()).isEqualTo("李梅");
        card.remove();
        VirtualSscCard.stopPcscd();
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2))).isInstanceOfSatisfying(
                SscException.class, e -> assertThat(e.reason()).as(e.getMessage()).isIn(SscException.Reason.NO_SERVICE,
                        SscException.Reason.NO_READER));
        VirtualSscCard.restartPcscd();
        card.insert();
        assertThat(reader.read(Duration.ofSeconds(15)).socialSecurityNumber()).isEqualTo("610113198803124523");
    }
}
