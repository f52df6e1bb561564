package bank.ledger.command.entry;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.Locations;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.query.representation.JournalEntryResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Journal-entry commands. Entries that create a new entry answer 201, or 200 with the first result
 * when the request is an idempotent retry. Reads are the query side's.
 */
@RestController
@Profile("command")
@RequestMapping("/api/v1/journal-entries")
public class JournalEntryCommandController {
    private final LedgerCommandGateway commands;

    public JournalEntryCommandController(LedgerCommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    public ResponseEntity<JournalEntryResponse> post(@RequestBody JournalEntryRequests.PostEntry body,
                                                     HttpServletRequest request) {
        return created(commands.send(body.toCommand(), CommandOrigin.from(request)));
    }

    @PostMapping("/{id}/post")
    public JournalEntryResponse postHold(@PathVariable String id,
                                         @RequestBody(required = false) JournalEntryRequests.PostHold body,
                                         HttpServletRequest request) {
        JournalEntryState state = commands.send(JournalEntryRequests.PostHold.toCommand(id, body),
                CommandOrigin.from(request));
        return JournalEntryResponse.of(state);
    }

    @PostMapping("/{id}/void")
    public JournalEntryResponse voidHold(@PathVariable String id,
                                         @RequestBody(required = false) JournalEntryRequests.VoidHold body,
                                         HttpServletRequest request) {
        JournalEntryState state = commands.send(JournalEntryRequests.VoidHold.toCommand(id, body),
                CommandOrigin.from(request));
        return JournalEntryResponse.of(state);
    }

    /** Answers the reversing entry (201), which names the original in {@code reversalOf}. */
    @PostMapping("/{id}/reverse")
    public ResponseEntity<JournalEntryResponse> reverse(@PathVariable String id,
                                                        @RequestBody JournalEntryRequests.Reverse body,
                                                        HttpServletRequest request) {
        return created(commands.send(body.toCommand(id), CommandOrigin.from(request)));
    }

    private static ResponseEntity<JournalEntryResponse> created(JournalEntryState state) {
        JournalEntryResponse response = JournalEntryResponse.of(state);
        return state.replayed() ? ResponseEntity.ok(response)
                : ResponseEntity.created(Locations.of("/api/v1/journal-entries", state.entryId())).body(response);
    }
}
