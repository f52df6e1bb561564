package bank.ledger.command.account;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.Locations;
import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.account.api.CloseAccount;
import bank.ledger.domain.account.api.FreezeAccount;
import bank.ledger.domain.account.api.UnfreezeAccount;
import bank.ledger.query.representation.AccountResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Account commands. Reads ({@code GET /api/v1/accounts/{id}}) are the query side's. */
@RestController
@Profile("command")
@RequestMapping("/api/v1/accounts")
public class AccountCommandController {
    private final LedgerCommandGateway commands;

    public AccountCommandController(LedgerCommandGateway commands) {
        this.commands = commands;
    }

    /** 201 with the new account; 200 with the same account when the request is a retry. */
    @PostMapping
    public ResponseEntity<AccountResponse> open(@RequestBody OpenAccountRequest body, HttpServletRequest request) {
        AccountState state = commands.send(body.toCommand(), CommandOrigin.from(request));
        AccountResponse response = AccountResponse.of(state);
        return state.replayed() ? ResponseEntity.ok(response)
                : ResponseEntity.created(Locations.of("/api/v1/accounts", state.accountId())).body(response);
    }

    @PostMapping("/{id}/freeze")
    public AccountResponse freeze(@PathVariable String id, @RequestBody(required = false) AccountStatusRequest body,
                                  HttpServletRequest request) {
        return send(new FreezeAccount(id, AccountStatusRequest.reasonOf(body)), request);
    }

    @PostMapping("/{id}/unfreeze")
    public AccountResponse unfreeze(@PathVariable String id, @RequestBody(required = false) AccountStatusRequest body,
                                    HttpServletRequest request) {
        return send(new UnfreezeAccount(id, AccountStatusRequest.reasonOf(body)), request);
    }

    @PostMapping("/{id}/close")
    public AccountResponse close(@PathVariable String id, @RequestBody(required = false) AccountStatusRequest body,
                                 HttpServletRequest request) {
        return send(new CloseAccount(id, AccountStatusRequest.reasonOf(body)), request);
    }

    private AccountResponse send(Object command, HttpServletRequest request) {
        AccountState state = commands.send(command, CommandOrigin.from(request));
        return AccountResponse.of(state);
    }
}
