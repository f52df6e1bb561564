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

    public <R> R send(Object command, CommandOrigin origin) {
        return dispatch.send(command, origin.metadata());
    }
}
