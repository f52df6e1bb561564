package bank.ledger.domain.account;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.account.api.OpenAccount;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.TextRules;

/** Account policies, pure functions of their arguments. */
final class AccountRules {
    static final int CODE_LENGTH_MAX = 64;
    static final int NAME_LENGTH_MAX = 200;
    /** The same bound as a posting's account id, so that every account that opens can be posted to. */
    static final int ID_LENGTH_MAX = TextRules.ID_LENGTH_MAX;
    /** Why an account was frozen, unfrozen or closed (kept in the event for auditors). */
    static final int REASON_LENGTH_MAX = 500;

    private AccountRules() {
    }

    /** Checked before the id is reserved: a missing, oversized or ill-formed id is refused, never reserved. */
    static void validateId(String accountId) {
        TextRules.requireId(accountId, "id");
    }

    static void validateReason(String reason) {
        Fields.optionalFreeText(reason, "reason", REASON_LENGTH_MAX);
    }

    static void validateOpening(OpenAccount command) {
        TextRules.optionalId(command.parentAccountId(), "parentAccountId");
        Fields.requireText(command.code(), "code", CODE_LENGTH_MAX);
        Fields.requireText(command.name(), "name", NAME_LENGTH_MAX);
        if (command.type() == null) {
            throw Fields.invalid("type", "type is required: ASSET, LIABILITY, EQUITY, INCOME or EXPENSE");
        }
        Currencies.exponent(command.currency(), "currency");
        if (command.flags().debitsMustNotExceedCredits() && command.flags().creditsMustNotExceedDebits()) {
            throw Fields.invalid("flags", "debitsMustNotExceedCredits and creditsMustNotExceedDebits exclude each other");
        }
        Fields.validateMetadata(command.metadata(), "metadata");
    }

    /**
     * A parent must be an account that is already open (so the chart is a tree: no cycle can form, as
     * parents are never changed), and not the account itself. Checked through the identity registry,
     * which knows every committed account id, instead of loading another aggregate.
     */
    static void validateParent(OpenAccount command, IdentityRegistry registry) {
        String parent = command.parentAccountId();
        if (parent == null) {
            return;
        }
        TextRules.requireId(parent, "parentAccountId");
        if (parent.equals(command.accountId())) {
            throw Fields.invalid("parentAccountId", "an account cannot be its own parent");
        }
        if (!registry.isReserved(parent, IdentityRegistry.Kind.ACCOUNT)) {
            throw LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND, "parentAccountId", "no account " + parent);
        }
    }

    /**
     * TigerBeetle's guards, checked on the totals after the change. Only a change that adds debits can
     * breach the debit guard: posting or voiding a hold never makes things worse than the hold did.
     */
    static void checkGuards(String accountId, AccountFlags flags, Balances change, Balances after, String field) {
        if (flags.debitsMustNotExceedCredits() && change.addsDebits()
                && after.debitsPosted() + after.debitsPending() > after.creditsPosted()) {
            throw LedgerRefusal.of(RefusalCode.EXCEEDS_CREDITS, field,
                    "account " + accountId + ": debits would exceed credits");
        }
        if (flags.creditsMustNotExceedDebits() && change.addsCredits()
                && after.creditsPosted() + after.creditsPending() > after.debitsPosted()) {
            throw LedgerRefusal.of(RefusalCode.EXCEEDS_DEBITS, field,
                    "account " + accountId + ": credits would exceed debits");
        }
    }
}
