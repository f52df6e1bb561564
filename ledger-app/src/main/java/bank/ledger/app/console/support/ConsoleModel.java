package bank.ledger.app.console.support;

import bank.ledger.domain.refusal.RefusalCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every console page knows (who looks, which page is open) and how a refused read is shown: as a
 * page with the refusal's code and the status the API would answer, never as JSON. Ordered ahead of the
 * API's problem handler, and limited to the console's controllers.
 */
@ControllerAdvice(basePackages = "bank.ledger.app.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleModel {
    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return authentication == null ? null : Viewer.of(authentication);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** A form field that does not convert (a type that is no account type): refused as the API refuses it. */
    @ExceptionHandler(BindException.class)
    String unreadable(BindException failure, Model model, HttpServletResponse response) {
        FieldError field = failure.getFieldError();
        String name = field == null ? null : field.getField();
        response.setStatus(400);
        model.addAttribute("refusal", new Refusal(RefusalCode.INVALID_FIELD.code(), name,
                name == null ? "a field has the wrong type" : name + " has the wrong type", null));
        return "console/refused";
    }

    /** A path or query parameter of the wrong type ({@code ?after=abc} where a position is a number). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String wrongType(MethodArgumentTypeMismatchException failure, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("refusal", new Refusal(RefusalCode.INVALID_FIELD.code(), failure.getName(),
                "parameter " + failure.getName() + " has the wrong type", null));
        return "console/refused";
    }

    /** A read the services refused (unknown account, bad date): the refusal page, 404 or 400. */
    @ExceptionHandler(RuntimeException.class)
    String refused(RuntimeException failure, Model model, HttpServletResponse response) {
        Refusal refusal = Refusal.of(failure).orElseThrow(() -> failure);
        response.setStatus(refusal.code().endsWith("NotFound") ? 404 : 400);
        model.addAttribute("refusal", refusal);
        return "console/refused";
    }
}
