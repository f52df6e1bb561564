package bank.ledger.app.web;

import bank.ledger.app.edge.FrameworkCodes;
import bank.ledger.app.edge.Problems;
import bank.ledger.command.dispatch.CommandOrigin;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}), in place of Spring Boot's, whose default body is
 * neither a problem nor free of internals. The container forwards here whatever left the filter chain as
 * an error (an exception no filter caught, a {@code sendError}, a method Tomcat refuses itself such as
 * TRACE); it answers the one problem shape with the status the container chose. Asked for directly, with
 * no error to report, it is what it is to a client: a path of no resource, 404.
 */
// the container's error page, not an operation of the API: kept out of the OpenAPI document
@Hidden
@RestController
class ProblemErrorController implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status) || status < 400) {
            return Problems.entity(request, HttpStatus.NOT_FOUND, FrameworkCodes.NOT_FOUND, null,
                    FrameworkCodes.detailOf(HttpStatus.NOT_FOUND), null);
        }
        HttpStatusCode statusCode = HttpStatusCode.valueOf(status);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown) {
            log.error("failure outside the MVC handlers on {} (correlation id {})",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    CommandOrigin.correlationId(request), thrown);
        }
        // headers the refusal set before the forward (Allow, WWW-Authenticate) are still on the response
        return Problems.entity(request, statusCode, FrameworkCodes.ofStatus(statusCode), null,
                FrameworkCodes.detailOf(statusCode), null);
    }
}
