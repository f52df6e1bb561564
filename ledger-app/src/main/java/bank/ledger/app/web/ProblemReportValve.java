package bank.ledger.app.web;

import bank.ledger.app.edge.FrameworkCodes;
import bank.ledger.app.edge.Problems;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's last word, in place of its HTML error page: errors no servlet answered, above all requests
 * Tomcat refuses before any filter runs (a path with a stray {@code %}, an encoded slash), which reach no
 * context and so no error page. Same guards as Tomcat's own valve: only an error status, only when
 * nothing was written yet, only once, only while the connection can still carry an answer.
 */
public class ProblemReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        // a 400 that reached no servlet is Tomcat's refusal of the request line's path
        boolean badPath = status == 400;
        try {
            response.resetBuffer();
            Problems.write(request, response, code, badPath ? FrameworkCodes.MALFORMED_PATH : FrameworkCodes.ofStatus(code),
                    null, badPath ? "the request path is malformed (a stray or invalid percent escape, an encoded "
                            + "slash or backslash, a path outside the root)" : FrameworkCodes.detailOf(code));
            response.finishResponse();
        } catch (IOException | IllegalStateException clientGone) {
            // nothing more can be said to this client
        }
    }
}
