package org.yichuang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;
import org.yichuang.domain.cases.Principal;
import org.yichuang.domain.cases.CaseDecision;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.cases.Channel;
import org.yichuang.domain.cases.MaterialProvision;
import org.yichuang.domain.cases.Provision;
import org.yichuang.domain.cases.SubjectType;

/** The outbox on disk: survives a new instance (a restart), keeps nothing readable, and says when it is damaged. */
class SqliteCaseOutboxTest {
    @TempDir
    Path dir;

    private static final byte[] PDF = "%PDF-1.7 出生医学证明 specimen".getBytes(StandardCharsets.UTF_8);

    private static CaseSubmission submission() {
        Principal applicant = new Principal("李梅", IdDocumentType.RESIDENT_ID, "610113198803124523", Sex.FEMALE,
                "汉", java.time.LocalDate.of(1988, 3, 12), "陕西省西安市雁塔区科技路100号", "13800000000");
        return new CaseSubmission(SubjectType.BUNDLE, "YJS-08", applicant, null, Map.of("applicant.name", "李梅"),
                List.of(MaterialProvision.file("birth-medical-certificate", "出生医学证明", Provision.SCAN, "", PDF)),
                CaseDecision.accept(), Channel.WINDOW, "clerk01", "综合受理 01 号窗口", "",
                OffsetDateTime.parse("2026-11-22T10:30:00+08:00"));
    }

    @Test
    void anEntrySurvivesARestartWithItsFilesAndIsErasedWhenSent() {
        new SqliteCaseOutbox(dir, Clock.systemUTC()).keep("key-1", submission(), Map.of("birth-medical-certificate", PDF));
        SqliteCaseOutbox reopened = new SqliteCaseOutbox(dir, Clock.systemUTC());
        assertThat(reopened.entries()).singleElement().satisfies(e -> {
            assertThat(e.idempotencyKey()).isEqualTo("key-1");
            assertThat(e.submission()).isEqualTo(submission());
            assertThat(e.files().get("birth-medical-certificate")).isEqualTo(PDF);
        });
        reopened.failed("key-1", "platform unreachable");
        assertThat(reopened.entries().getFirst().attempts()).isEqualTo(1);
        assertThat(reopened.entries().getFirst().lastError()).isEqualTo("platform unreachable");
        reopened.sent("key-1");
        assertThat(reopened.entries()).isEmpty();
    }

    @Test
    void keepingTheSameKeyTwiceKeepsOneEntry() {
        SqliteCaseOutbox outbox = new SqliteCaseOutbox(dir, Clock.systemUTC());
        outbox.keep("key-1", submission(), Map.of());
        outbox.keep("key-1", submission(), Map.of());
        assertThat(outbox.entries()).hasSize(1);
    }

    @Test
    void nothingPersonalIsReadableOnDisk() throws IOException {
        new SqliteCaseOutbox(dir, Clock.systemUTC()).keep("key-1", submission(), Map.of("m", PDF));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertThat(utf8).as(f.toString()).doesNotContain("李梅", "610113198803124523", "科技路", "出生医学证明");
                assertThat(raw).doesNotContain("610113198803124523", "13800000000", "specimen");
            }
        }
    }

    @Test
    void anAlteredEntrySaysSoInsteadOfReturningGarbage() throws Exception {
        new SqliteCaseOutbox(dir, Clock.systemUTC()).keep("key-1", submission(), Map.of());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("outbox.db"));
             var s = c.prepareStatement("UPDATE outbox SET sealed = ? WHERE idempotency_key = 'key-1'")) {
            s.setBytes(1, new byte[40]);
            s.executeUpdate();
        }
        assertThatThrownBy(() -> new SqliteCaseOutbox(dir, Clock.systemUTC()).entries())
                .hasMessageContaining("does not open with this machine's key");
    }

    @Test
    void aDamagedKeyFileIsNamed() throws IOException {
        Files.write(dir.resolve("outbox.key"), new byte[7]);
        assertThatThrownBy(() -> new SqliteCaseOutbox(dir, Clock.systemUTC())).hasMessageContaining("outbox.key")
                .hasMessageContaining("damaged");
    }
}
