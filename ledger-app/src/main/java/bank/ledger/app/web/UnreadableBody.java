package bank.ledger.app.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a request body could not be read, as a problem naming the field by its JSON path
 * ({@code postings[1].side}): an unknown property ({@code unknownField}), an amount that is not a JSON
 * string ({@code amountMustBeString}), an enum value that is not one of the names, case-exact (with the
 * names in the detail and in {@code allowed}), or any other wrong type or broken JSON ({@code malformedRequest}).
 */
final class UnreadableBody {
    static final String UNKNOWN_FIELD = "unknownField";
    static final String AMOUNT_MUST_BE_STRING = "amountMustBeString";
    static final String MALFORMED = "malformedRequest";

    private UnreadableBody() {
    }

    static ProblemDetail problem(HttpMessageNotReadableException unreadable) {
        if (!(unreadable.getCause() instanceof DatabindException databind)) {
            return of(MALFORMED, null,
                    "the request body is not valid JSON for this endpoint");
        }
        return problem(databind);
    }

    static ProblemDetail problem(DatabindException databind) {
        String field = path(databind.getPath());
        if (databind instanceof UnrecognizedPropertyException) {
            return of(UNKNOWN_FIELD, field,
                    field + " is not a field of this request (check its spelling)");
        }
        if (field != null && isAmount(databind.getPath()) && databind instanceof MismatchedInputException) {
            return of(AMOUNT_MUST_BE_STRING, field,
                    field + " is an amount and must be a JSON string such as \"12.50\"");
        }
        if (field != null && databind instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            List<String> allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).toList();
            ProblemDetail problem = of(MALFORMED, field,
                    field + " is one of " + String.join(", ", allowed) + " (case-exact)");
            problem.setProperty("allowed", allowed);
            return problem;
        }
        return of(MALFORMED, field, field == null
                ? "the request body is not valid JSON for this endpoint"
                : "the value of " + field + " cannot be read (wrong type or unknown constant)");
    }

    /** The refusal's members; {@link ProblemHandler} hands them to the one problem writer. */
    private static ProblemDetail of(String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** The contract's amounts: {@code amount} and any {@code …Amount} field. */
    private static boolean isAmount(List<JacksonException.Reference> path) {
        String name = path.isEmpty() ? null : path.get(path.size() - 1).getPropertyName();
        return name != null && (name.equals("amount") || name.endsWith("Amount"));
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
