package bank.ledger.app.edge;

import org.springframework.http.HttpStatusCode;

/**
 * The stable codes of refusals that come from the HTTP machinery rather than from the ledger (whose codes
 * are {@code RefusalCode}): Spring MVC's routing and content negotiation, Spring Security, Tomcat. Like the
 * ledger's, they are part of the contract: never renamed, only added.
 */
public final class FrameworkCodes {
    public static final String MALFORMED_REQUEST = "malformedRequest";
    public static final String MALFORMED_PATH = "malformedPath";
    public static final String MISSING_PARAMETER = "missingParameter";
    public static final String NOT_FOUND = "notFound";
    public static final String METHOD_NOT_ALLOWED = "methodNotAllowed";
    public static final String HEADER_TOO_LARGE = "headerTooLarge";
    public static final String INTERNAL_ERROR = "internalError";
    public static final String CORS_REJECTED = "corsRejected";

    private FrameworkCodes() {
    }

    public static String ofStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> "notAcceptable";
            case 413 -> "bodyTooLarge";
            case 414 -> "uriTooLong";
            case 415 -> "unsupportedMediaType";
            case 429 -> "tooManyRequests";
            case 431 -> HEADER_TOO_LARGE;
            case 503 -> "serviceUnavailable";
            default -> status.is5xxServerError() ? INTERNAL_ERROR : "requestRefused";
        };
    }

    /** A detail of our own words: an exception's message may name classes, paths or values. */
    public static String detailOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "the request is malformed";
            case 401 -> "authentication is required";
            case 403 -> "your role does not permit this action";
            case 404 -> "no resource of this API has this path";
            case 405 -> "this resource does not answer this method; the Allow header lists the ones it does";
            case 406 -> "this resource cannot answer in a media type the Accept header allows";
            case 413 -> "the request body is too large";
            case 414 -> "the request URI is too long";
            case 415 -> "this resource does not read the request's Content-Type";
            default -> status.is5xxServerError() ? "the server failed to answer; quote the correlation id to "
                    + "the operators" : "the request was refused";
        };
    }
}
