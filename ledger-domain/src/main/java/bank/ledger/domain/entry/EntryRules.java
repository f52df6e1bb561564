package bank.ledger.domain.entry;

import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.DecimalAmount;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Journal-entry policies, pure functions: shape, resolution into minor units, balance, account changes. */
final class EntryRules {
    static final int POSTINGS_MIN = 2;
    static final int POSTINGS_MAX = 500;
    static final int ID_LENGTH_MAX = TextRules.ID_LENGTH_MAX;
    static final int DESCRIPTION_LENGTH_MAX = 500;

    private EntryRules() {
    }

    /** Everything that can be checked without loading an account. */
    static void validateShape(PostJournalEntry command) {
        TextRules.requireId(command.entryId(), "id");
        LedgerCalendar.requireInCalendar(command.effectiveDate(), "effectiveDate");
        Fields.optionalFreeText(command.description(), "description", DESCRIPTION_LENGTH_MAX);
        Fields.validateMetadata(command.metadata(), "metadata");
        List<PostingRequest> postings = command.postings();
        if (postings.size() < POSTINGS_MIN) {
            throw LedgerRefusal.of(RefusalCode.TOO_FEW_POSTINGS, "postings",
                    "a journal entry has at least " + POSTINGS_MIN + " postings");
        }
        if (postings.size() > POSTINGS_MAX) {
            throw LedgerRefusal.of(RefusalCode.TOO_MANY_POSTINGS, "postings",
                    "a journal entry has at most " + POSTINGS_MAX + " postings");
        }
        for (int i = 0; i < postings.size(); i++) {
            validateLine(postings.get(i), "postings[" + i + "]");
        }
    }

    static DecimalAmount validateLine(PostingRequest line, String field) {
        if (line == null) {
            throw Fields.invalid(field, "posting is required");
        }
        TextRules.requireId(line.accountId(), field + ".accountId");
        if (line.side() == null) {
            throw Fields.invalid(field + ".side", "side is DEBIT or CREDIT");
        }
        DecimalAmount amount = DecimalAmount.parse(line.amount(), field + ".amount");
        if (!amount.isPositive()) {
            throw LedgerRefusal.of(RefusalCode.NON_POSITIVE_AMOUNT, field + ".amount", "amount must be positive");
        }
        if (line.currency() != null) {
            Currencies.exponent(line.currency(), field + ".currency");
        }
        return amount;
    }

    /** Turns request lines into postings in each account's currency; refuses mismatches and excess decimals. */
    static List<Posting> resolve(List<PostingRequest> lines, Map<String, String> currencyByAccount) {
        List<Posting> postings = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PostingRequest line = lines.get(i);
            String field = "postings[" + i + "]";
            String currency = currencyByAccount.get(line.accountId());
            if (line.currency() != null && !line.currency().equals(currency)) {
                throw LedgerRefusal.of(RefusalCode.CURRENCY_MISMATCH, field + ".currency",
                        "account " + line.accountId() + " is in " + currency + ", not " + line.currency());
            }
            long minor = DecimalAmount.parse(line.amount(), field + ".amount")
                    .toMinor(Currencies.exponent(currency), field + ".amount");
            postings.add(new Posting(line.accountId(), line.side(), minor, currency));
        }
        return postings;
    }

    /** Debits equal credits in every currency, or the entry is refused. */
    static void requireBalanced(List<Posting> postings) {
        Map<String, Long> netByCurrency = new TreeMap<>();
        for (Posting posting : postings) {
            long signed = posting.side() == Side.DEBIT ? posting.amountMinor() : -posting.amountMinor();
            try {
                netByCurrency.merge(posting.currency(), signed, Math::addExact);
            } catch (ArithmeticException overflow) {
                throw LedgerRefusal.of(RefusalCode.AMOUNT_OVERFLOW, "postings",
                        "the entry's " + posting.currency() + " amounts add up beyond what the ledger can count");
            }
        }
        netByCurrency.forEach((currency, net) -> {
            if (net != 0) {
                throw LedgerRefusal.of(RefusalCode.UNBALANCED_ENTRY, "postings",
                        "debits and credits differ in " + currency + " by " + Math.abs(net) + " minor units");
            }
        });
    }

    /** What postings do to each account's totals, in account-id order (the order accounts are locked in). */
    static Map<String, Balances> changes(List<Posting> postings, boolean pending, int sign) {
        Map<String, Balances> byAccount = new TreeMap<>();
        for (Posting posting : postings) {
            long amount = sign * posting.amountMinor();
            boolean debit = posting.side() == Side.DEBIT;
            Balances change = pending
                    ? new Balances(0, 0, debit ? amount : 0, debit ? 0 : amount)
                    : new Balances(debit ? amount : 0, debit ? 0 : amount, 0, 0);
            byAccount.merge(posting.accountId(), change, Balances::plus);
        }
        return byAccount;
    }

    static Map<String, Balances> merge(Map<String, Balances> first, Map<String, Balances> second) {
        Map<String, Balances> merged = new TreeMap<>(first);
        second.forEach((account, change) -> merged.merge(account, change, Balances::plus));
        return merged;
    }

    /** The first request path that names each account, for refusals that concern an account. */
    static Map<String, String> fieldByAccount(List<String> accountIds) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < accountIds.size(); i++) {
            fields.putIfAbsent(accountIds.get(i), "postings[" + i + "]");
        }
        return fields;
    }
}
