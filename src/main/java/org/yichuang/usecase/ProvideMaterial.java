package org.yichuang.usecase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.licence.ElectronicLicence;
import org.yichuang.usecase.port.MaterialFiles;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;
import org.yichuang.usecase.port.MaterialFiles.UnreadableFile;
import org.yichuang.usecase.port.PeopleRecords;
import org.yichuang.usecase.port.Scanner;
import org.yichuang.usecase.port.Scanner.ScanFailedException;

/**
 * The ways a material is provided, the same at the window, in My work and (later) at the kiosk: a file or a scan
 * made into one PDF ({@link MaterialFiles}: normalised, or refused with why), the applicant's e-licence in its
 * place (免提交), or a deferral (容缺) to a later day where the material allows it. Blocks, except the deferral check.
 */
public final class ProvideMaterial {
    /** Ten days on: the usual time to supply a deferred material. */
    private static final int USUAL_DEFERRAL_DAYS = 10;
    private final PeopleRecords people;
    private final MaterialFiles files;
    private final Scanner scanner;
    private final Clock clock;

    public ProvideMaterial(PeopleRecords people, MaterialFiles files, Scanner scanner, Clock clock) {
        this.people = people;
        this.files = files;
        this.scanner = scanner;
        this.clock = clock;
    }

    /** The applicant's file as the material's PDF; {@link UnreadableFile} says why a file cannot be taken. */
    public MaterialPdf fromFile(Path file) throws IOException, UnreadableFile {
        return files.toPdf(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** One page from the scanner as the material's PDF. */
    public MaterialPdf fromScan() throws ScanFailedException, UnreadableFile {
        return files.toPdf("scan.png", scanner.scanPage());
    }

    /** The e-licence's PDF, from the platform's licence store, in place of the paper. */
    public byte[] fromLicence(ElectronicLicence licence) {
        return people.licenceFile(licence.licenceNumber());
    }

    /** Why {@code material} cannot be deferred to {@code due} (a message key), or empty when it can. */
    public Optional<String> deferralProblem(Material material, LocalDate due) {
        if (!material.deferrable()) {
            return Optional.of("material.notDeferrable");
        }
        if (due == null || !due.isAfter(LocalDate.now(clock))) {
            return Optional.of("material.dueInFuture");
        }
        return Optional.empty();
    }

    /** The due date offered for a deferral. */
    public LocalDate suggestedDueDate() {
        return LocalDate.now(clock).plusDays(USUAL_DEFERRAL_DAYS);
    }
}
