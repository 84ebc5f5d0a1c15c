package org.yichuang.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.yichuang.domain.applicant.Masking;
import org.yichuang.domain.cases.CaseMaterial;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.Regions;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;

/** The texts of one case's documents: the bundle's phrases and the facts every document repeats. */
record Wording(ResourceBundle text, CaseRecord record, DocumentContext context) {

    String get(String key) {
        return text.getString(key);
    }

    String get(String key, Object... args) {
        return java.text.MessageFormat.format(text.getString(key), args);
    }

    /** Subject, applicant (number masked), agent, case number: the head of every document. */
    void head(Letter letter) throws java.io.IOException {
        letter.row(get("row.caseNumber"), record.caseNumber());
        letter.row(get("row.subject"), record.subjectName());
        letter.row(get("row.applicant"), get("row.withNote", record.applicant().name(),
                Masking.idNumber(record.applicant().idNumber())));
        if (record.agent() != null) {
            letter.row(get("row.agent"), get("row.withNote", record.agent().name(),
                    Masking.idNumber(record.agent().idNumber())));
        }
        letter.row(get("row.decidedAt"), DateTimeFormatter.ofPattern(get("format.time")).format(record.acceptedAt()));
        letter.rule();
    }

    String provision(CaseMaterial m) {
        return switch (m.provision()) {
            case ELICENCE -> get("provision.ELICENCE", m.licenceNumber());
            case DEFERRED -> get("provision.DEFERRED", m.dueDate() == null ? "" : day(m.dueDate()));
            default -> get("provision." + m.provision().name());
        };
    }

    /** The first 8 hex digits of the SM3 digest, enough to match paper to file by eye. */
    static String sm3Prefix(CaseMaterial m) {
        return m.sm3() == null ? "" : "SM3 " + m.sm3().substring(0, 8);
    }

    String region(String code) {
        return Regions.name(code).orElse(code);
    }

    String today() {
        return day(record.acceptedAt().toLocalDate());
    }

    /** A date as the documents write it. */
    String day(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.day")).format(date);
    }
}
