package bank.ledger.app.security;

import bank.ledger.app.edge.FrameworkCodes;
import bank.ledger.app.edge.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS decisions, with its refusal (a 403 whose body is the plain text "Invalid CORS request")
 * answered as the one problem shape instead.
 */
final class ProblemCorsProcessor extends DefaultCorsProcessor {
    @Override
    public boolean processRequest(CorsConfiguration configuration, HttpServletRequest request,
                                  HttpServletResponse response) throws IOException {
        if (super.processRequest(configuration, request, response)) {
            return true;
        }
        Problems.write(request, response, HttpStatus.FORBIDDEN, FrameworkCodes.CORS_REJECTED, null,
                "this origin, method or header is not allowed to call the API from a browser");
        return false;
    }

    /** Nothing written here: {@link #processRequest} answers the refusal with the request at hand. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
    }
}
