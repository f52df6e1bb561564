package bank.ledger.command.dispatch;

import bank.ledger.axon.CommandDispatch;

/**
 * The ledger's commands go out through the shared {@link CommandDispatch} (bounded retries of
 * concurrency conflicts, a time-out), with who sent them, through which channel, as metadata.
 */
public class LedgerCommandGateway {
    private final CommandDispatch dispatch;

    public LedgerCommandGateway(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** Refuses a malformed command here, before the bus (see {@link CommandShapes}). */
    public <R> R send(Object command, CommandOrigin origin) {
        CommandShapes.check(command);
        return dispatch.send(command, origin.metadata());
    }
}
