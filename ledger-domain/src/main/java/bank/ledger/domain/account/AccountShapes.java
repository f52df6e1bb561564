package bank.ledger.domain.account;

import bank.ledger.domain.account.api.CloseAccount;
import bank.ledger.domain.account.api.FreezeAccount;
import bank.ledger.domain.account.api.OpenAccount;
import bank.ledger.domain.account.api.UnfreezeAccount;

/**
 * The checks of an account command that need no stored state. The aggregate runs them before it
 * reserves or writes anything; the edge runs the same ones before sending, so a malformed request
 * never reaches the command bus.
 */
public final class AccountShapes {
    private AccountShapes() {
    }

    public static void check(OpenAccount command) {
        AccountRules.validateId(command.accountId());
        AccountRules.validateOpening(command);
    }

    public static void check(FreezeAccount command) {
        AccountRules.validateId(command.accountId());
        AccountRules.validateReason(command.reason());
    }

    public static void check(UnfreezeAccount command) {
        AccountRules.validateId(command.accountId());
        AccountRules.validateReason(command.reason());
    }

    public static void check(CloseAccount command) {
        AccountRules.validateId(command.accountId());
        AccountRules.validateReason(command.reason());
    }
}
