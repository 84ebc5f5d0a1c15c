package org.yichuang.platform.embedded;

import java.util.Map;
import org.yichuang.domain.cases.CaseNumbers;
import org.yichuang.domain.cases.CaseSubmission;
import org.yichuang.domain.clerk.Clerk;

/** Cases: creation with Idempotency-Key, materials, reading, the applicant's list, public progress, admin advance. */
final class CaseRoutes {
    static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    private record CaseQuery(String applicantIdNumber) {
    }

    private CaseRoutes() {
    }

    static void register(Router router, CaseIntake intake, MaterialUploads uploads, CaseService cases,
                         ClerkAccounts clerks) {
        router.on("POST", "/api/v1/cases", x -> {
            Clerk clerk = clerk(x, clerks);
            String key = x.header("Idempotency-Key");
            if (key == null || !key.matches("[A-Za-z0-9-]{1,64}")) {
                throw ApiError.badRequest("an Idempotency-Key header of 1-64 letters, digits or '-' is required");
            }
            CaseIntake.Created created = intake.create(clerk, key, x.json(CaseSubmission.class));
            if (!created.replay()) {
                x.header("Location", "/api/v1/cases/" + created.record().caseNumber());
            }
            x.send(created.replay() ? 200 : 201, created.record());
        }).on("PUT", "/api/v1/cases/{caseNumber}/materials/{materialId}", x -> {
            clerk(x, clerks);
            String type = x.header("Content-Type");
            if (type == null || !type.toLowerCase().startsWith("application/pdf")) {
                throw new ApiError(415, "Unsupported Media Type", "materials are sent as application/pdf");
            }
            byte[] pdf = x.body(MAX_PDF_BYTES);
            if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw new ApiError(415, "Unsupported Media Type", "the body is not a PDF file");
            }
            x.send(200, uploads.upload(caseNumber(x), x.path("materialId"), pdf));
        }).on("GET", "/api/v1/cases/{caseNumber}", x -> {
            clerk(x, clerks);
            x.send(200, cases.get(caseNumber(x)));
        }).on("POST", "/api/v1/cases/query", x -> {
            clerk(x, clerks);
            CaseQuery query = x.json(CaseQuery.class);
            if (query.applicantIdNumber() == null || query.applicantIdNumber().isBlank()) {
                throw ApiError.badRequest("applicantIdNumber is required");
            }
            x.send(200, Map.of("content", cases.casesOf(query.applicantIdNumber())));
        }).on("GET", "/api/v1/cases/{caseNumber}/progress", x -> x.send(200, cases.progress(caseNumber(x))))
          .on("POST", "/api/v1/admin/cases/{caseNumber}/advance", x -> {
              clerk(x, clerks);
              x.send(200, cases.advance(caseNumber(x), PlatformText.NOTE_ADVANCED_BY_ADMIN.text()));
          });
    }

    private static String caseNumber(Exchange x) {
        String number = x.path("caseNumber");
        if (!CaseNumbers.isValid(number)) {
            throw ApiError.notFound("case " + number);
        }
        return number;
    }

    static Clerk clerk(Exchange x, ClerkAccounts clerks) throws java.sql.SQLException {
        String auth = x.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || auth.length() > 200) {
            throw new ApiError(401, "Unauthorized", "sign in first");
        }
        return clerks.clerkOf(auth.substring(7).strip())
                .orElseThrow(() -> new ApiError(401, "Unauthorized", "the session has expired; sign in again"));
    }
}
