package bank.ledger.command.approval;

import bank.ledger.command.dispatch.CommandOrigin;

/** Where a command that needs a second person waits (the application's approvals table). */
public interface HeldCommands {
    /** Stores the command for approval and answers the approval's id. */
    String hold(Object command, CommandOrigin maker, String reason);
}
