package bank.ledger.command.period.yearend;

import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing entry of one year and currency, from the year's income and expense balances: each account is
 * posted on the side opposite its balance (so it ends the year at zero), and retained earnings takes the net:
 * a credit for a profit, a debit for a loss, nothing when the year broke even. Pure: no reads, no clock.
 */
final class YearEndEntry {
    private YearEndEntry() {
    }

    /** One account's movements in the year, net on the debit side (an income account's credit is negative). */
    record Balance(String accountId, String type, long netDebitMinor) {
    }

    /** Net income of the year (positive: a profit, credited to retained earnings); beyond a long: amountOverflow. */
    static long netIncomeMinor(List<Balance> balances) {
        try {
            long netDebit = 0;
            for (Balance balance : balances) {
                netDebit = Math.addExact(netDebit, balance.netDebitMinor());
            }
            return Math.negateExact(netDebit);
        } catch (ArithmeticException overflow) {
            throw LedgerRefusal.of(RefusalCode.AMOUNT_OVERFLOW, "year",
                    "the year's net income is beyond the largest amount the ledger holds");
        }
    }

    /** The postings: every non-zero account in the order given, then retained earnings (absent when net is 0). */
    static List<PostingRequest> postings(List<Balance> balances, String retainedEarningsAccountId, String currency) {
        List<PostingRequest> postings = new ArrayList<>();
        for (Balance balance : balances) {
            long net = balance.netDebitMinor();
            if (net != 0) {
                postings.add(new PostingRequest(balance.accountId(), net > 0 ? Side.CREDIT : Side.DEBIT,
                        MoneyFormat.format(Math.abs(net), currency), currency));
            }
        }
        long netIncome = netIncomeMinor(balances);
        if (netIncome != 0) {
            postings.add(new PostingRequest(retainedEarningsAccountId, netIncome > 0 ? Side.CREDIT : Side.DEBIT,
                    MoneyFormat.format(Math.abs(netIncome), currency), currency));
        }
        return postings;
    }

    /** "yec-2026-EUR", then "yec-2026-EUR-r1", "-r2" for the runs after each reversal. */
    static String entryId(int year, String currency, int generation) {
        return "yec-" + year + "-" + currency + (generation == 0 ? "" : "-r" + generation);
    }

    /** The reversal of a closing entry: its id plus "-rev". */
    static String reversalId(String entryId) {
        return entryId + "-rev";
    }

    /** Every closing entry id and reversal id of the generations 0..{@code generation}. */
    static List<String> idsUpTo(int year, String currency, int generation) {
        List<String> ids = new ArrayList<>();
        for (int g = 0; g <= generation; g++) {
            ids.add(entryId(year, currency, g));
            ids.add(reversalId(entryId(year, currency, g)));
        }
        return ids;
    }
}
