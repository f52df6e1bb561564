package bank.ledger.app.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem bodies with the ledger's two extensions: {@code code}, a stable machine-readable
 * reason, and {@code field}, the JSON path of the offending input (absent when none is at fault).
 */
final class Problems {
    static final String TYPE_PREFIX = "https://ledger.bank/problems/";

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        decorate(problem, code, field);
        return problem;
    }

    static void decorate(ProblemDetail problem, String code, String field) {
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
    }
}
