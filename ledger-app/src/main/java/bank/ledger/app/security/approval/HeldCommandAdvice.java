package bank.ledger.app.security.approval;

import bank.ledger.command.approval.CommandHeld;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command held for a second person: 202 with the approval's id and its Location; nothing ran. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HeldCommandAdvice {
    /** Said explicitly: without a charset Tomcat names its default, ISO-8859-1, for a UTF-8 body. */
    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    @ExceptionHandler(CommandHeld.class)
    ResponseEntity<Map<String, Object>> held(CommandHeld held) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("approvalId", held.approvalId());
        answer.put("status", "PENDING");
        answer.put("reason", held.reason());
        answer.put("detail", "this request needs a second person's approval: POST /api/v1/approvals/"
                + held.approvalId() + "/approve");
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/approvals/" + held.approvalId()))
                .contentType(JSON_UTF8).body(answer);
    }
}
