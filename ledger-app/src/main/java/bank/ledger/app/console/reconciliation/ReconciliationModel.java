package bank.ledger.app.console.reconciliation;

import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.access.Permission;
import bank.ledger.app.security.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the reconciliation pages offer beyond the console's viewer: the upload shows only to a role that
 * delivers statements (the permission of {@code POST /api/v1/statements}; the server asks for it anyway).
 */
@ControllerAdvice(basePackages = "bank.ledger.app.console.reconciliation")
class ReconciliationModel {
    @ModelAttribute("canUpload")
    boolean canUpload(Authentication authentication) {
        Role role = authentication == null ? null : Actors.roleOf(authentication);
        return role != null && role.grants(Permission.DELIVER_STATEMENTS);
    }
}
