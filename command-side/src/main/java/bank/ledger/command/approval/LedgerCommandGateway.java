package bank.ledger.command.approval;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.approval.ApprovalRequired;
import java.util.Set;

/**
 * The ledger API's commands: sent through the one {@link CommandDispatch}, and a command the four-eyes
 * gate refuses for want of approval is held for a second person when a person sent it over the API
 * ({@link CommandHeld}: the edge answers 202). Only the API's own endpoints hold: a reconciliation
 * decision is more than one command, so the connectors send through the dispatcher and are refused.
 */
public class LedgerCommandGateway {
    /** The channels of people and their service accounts: the API and the console (set by the edge, never by clients). */
    private static final Set<String> HOLDABLE_CHANNELS = Set.of("api", "api-key", "console");
    private final CommandDispatch dispatch;
    private final HeldCommands held;

    public LedgerCommandGateway(CommandDispatch dispatch) {
        this(dispatch, null);
    }

    /** {@code held} null: a command needing approval is refused ({@code approvalRequired}), never held. */
    public LedgerCommandGateway(CommandDispatch dispatch, HeldCommands held) {
        this.dispatch = dispatch;
        this.held = held;
    }

    public <R> R send(Object command, CommandOrigin origin) {
        try {
            return dispatch.send(command, origin);
        } catch (ApprovalRequired required) {
            if (held == null || !HOLDABLE_CHANNELS.contains(origin.channel())) {
                throw required;
            }
            throw new CommandHeld(held.hold(command, origin, required.reason()), required.reason());
        }
    }

    /** Runs a command a checker approved: the gate finds the approval by its id and lets this command pass. */
    public <R> R sendApproved(Object command, CommandOrigin maker, String approvalId, String checker) {
        return dispatch.sendApproved(command, maker, approvalId, checker);
    }
}
