package org.yichuang.usecase;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.clerk.Actor;
import org.yichuang.domain.clerk.PendingMaterial;
import org.yichuang.domain.clerk.WorkList;
import org.yichuang.usecase.port.CaseRecords;
import org.yichuang.usecase.port.ClerkWork;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;
import org.yichuang.usecase.port.MaterialFiles.UnreadableFile;
import org.yichuang.usecase.port.Scanner.ScanFailedException;

/**
 * 我的办件: the signed-in clerk's cases of a day and the deferred materials coming due; supplying one (补齐容缺材料)
 * by file or scan completes it on the platform; any case's documents again. Blocks.
 */
public final class MyWork {
    /** A case with its documents, to reprint or save. */
    public record Documents(CaseRecord record, List<MakeDocuments.Document> documents) {
    }

    private final ClerkWork work;
    private final CaseRecords cases;
    private final ProvideMaterial provide;
    private final MakeDocuments documents;

    public MyWork(ClerkWork work, CaseRecords cases, ProvideMaterial provide, MakeDocuments documents) {
        this.work = work;
        this.cases = cases;
        this.provide = provide;
        this.documents = documents;
    }

    public WorkList of(LocalDate day) {
        return work.workOf(day);
    }

    /** Supplies a deferred material from a file; what was done to the file is returned for the clerk to say. */
    public MaterialPdf supply(PendingMaterial p, Path file) throws IOException, UnreadableFile {
        return upload(p, provide.fromFile(file));
    }

    /** Supplies a deferred material from one scanned page. */
    public MaterialPdf supplyScan(PendingMaterial p) throws ScanFailedException, UnreadableFile {
        return upload(p, provide.fromScan());
    }

    private MaterialPdf upload(PendingMaterial p, MaterialPdf made) {
        cases.uploadMaterial(p.caseNumber(), p.materialId(), made.pdf());
        return made;
    }

    /** A case's documents again, made as {@code actor} would hand them out. */
    public Documents documents(String caseNumber, Actor actor) {
        CaseRecord record = cases.caseRecord(caseNumber);
        return new Documents(record, documents.of(record, actor));
    }
}
