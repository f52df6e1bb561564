package bank.ledger.command.dispatch;

import bank.ledger.axon.CommandDispatch;
import bank.ledger.command.approval.CommandHeld;
import bank.ledger.command.approval.HeldCommands;
import bank.ledger.domain.approval.ApprovalRequired;
import bank.ledger.domain.approval.FourEyes;
import java.util.Map;
import java.util.Set;

/**
 * The ledger's commands go out through the shared {@link CommandDispatch} (bounded retries of
 * concurrency conflicts, a time-out), with who sent them, through which channel, as metadata.
 * A command the four-eyes gate refuses for want of approval is held for a second person when a
 * person sent it over the API ({@link CommandHeld}: the edge answers 202).
 */
public class LedgerCommandGateway {
    /** The channels of people and their service accounts at the API (set by the web edge, never by clients). */
    private static final Set<String> HOLDABLE_CHANNELS = Set.of("api", "api-key");
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

    /** Refuses a malformed command here, before the bus (see {@link CommandShapes}). */
    public <R> R send(Object command, CommandOrigin origin) {
        CommandShapes.check(command);
        try {
            return dispatch.send(command, origin.metadata());
        } catch (ApprovalRequired required) {
            if (held == null || !HOLDABLE_CHANNELS.contains(origin.channel())) {
                throw required;
            }
            throw new CommandHeld(held.hold(command, origin, required.reason()), required.reason());
        }
    }

    /** Runs a command a checker approved: the gate finds the approval by its id and lets this command pass. */
    public <R> R sendApproved(Object command, CommandOrigin maker, String approvalId, String checker) {
        CommandShapes.check(command);
        Map<String, Object> metadata = maker.metadata();
        metadata.put(FourEyes.APPROVAL_ID, approvalId);
        metadata.put(FourEyes.APPROVED_BY, checker);
        return dispatch.send(command, metadata);
    }
}
