package org.yichuang.platform.embedded;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.yichuang.domain.evaluation.Evaluation;

/** The personal profile, e-licences, ratings and the clerk's work list; all for a signed-in clerk. */
final class PeopleRoutes {
    private record Lookup(String idNumber) {
    }

    private record LicenceQuery(String holderId) {
    }

    private PeopleRoutes() {
    }

    static void register(Router router, People people, LicenceFiles files, Evaluations evaluations, CaseService cases,
                         ClerkAccounts clerks) {
        router.on("POST", "/api/v1/profiles/lookup", x -> {
            CaseRoutes.clerk(x, clerks);
            x.send(200, people.profile(required(x.json(Lookup.class).idNumber(), "idNumber")));
        }).on("POST", "/api/v1/licences/search", x -> {
            CaseRoutes.clerk(x, clerks);
            x.send(200, Map.of("content", people.licences(required(x.json(LicenceQuery.class).holderId(), "holderId"))));
        }).on("GET", "/api/v1/licences/{licenceNumber}/file", x -> {
            CaseRoutes.clerk(x, clerks);
            People.Licensed licensed = people.licence(x.path("licenceNumber"))
                    .orElseThrow(() -> ApiError.notFound("licence " + x.path("licenceNumber")));
            x.write(200, "application/pdf", files.pdf(licensed));
        }).on("POST", "/api/v1/evaluations", x -> {
            var clerk = CaseRoutes.clerk(x, clerks);
            Evaluation evaluation = x.json(Evaluation.class);
            if (evaluation.caseNumber() == null || !org.yichuang.domain.cases.CaseNumbers.isValid(evaluation.caseNumber())) {
                throw ApiError.notFound("case " + evaluation.caseNumber());
            }
            evaluations.record(evaluation, clerk);
            x.send(201, Map.of("caseNumber", evaluation.caseNumber(), "score", evaluation.rating().score()));
        }).on("GET", "/api/v1/clerk/work", x -> {
            var clerk = CaseRoutes.clerk(x, clerks);
            String date = x.query().get("date");
            LocalDate day;
            try {
                day = date == null || date.isEmpty() ? cases.today() : LocalDate.parse(date); // the hall's day
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("date must be yyyy-MM-dd");
            }
            x.send(200, cases.workOf(clerk, day));
        });
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank() || value.length() > 40) {
            throw ApiError.badRequest(name + " is required (at most 40 characters)");
        }
        return value.strip();
    }
}
