package bank.ledger.app.chaos;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The accounts of a run and the transfers the load posts between them: deposits into and withdrawals
 * from a guarded customer account (debits must not exceed credits, so concurrent withdrawals race for
 * its balance and some are refused), and transfers in three currencies (EUR, USD, JPY without
 * decimals). Every amount stays far below the four-eyes threshold, so nothing is held for approval.
 */
final class TransferMix {
    record Account(String id, String code, String type, String currency, boolean guarded) {
    }

    record Line(String accountId, String side, long amountMinor, String currency) {
    }

    record Transfer(String id, String body, List<Line> lines) {
    }

    static final String GUARDED = "guarded";

    private final String prefix;
    private final LocalDate effectiveDate;

    TransferMix(String runTag, LocalDate effectiveDate) {
        this.prefix = "chaos-" + runTag + "-";
        this.effectiveDate = effectiveDate;
    }

    String prefix() {
        return prefix;
    }

    List<Account> accounts() {
        return List.of(
                new Account(prefix + "eur-cash", prefix + "1000", "ASSET", "EUR", false),
                new Account(prefix + GUARDED, prefix + "2000", "LIABILITY", "EUR", true),
                new Account(prefix + "eur-fees", prefix + "4000", "INCOME", "EUR", false),
                new Account(prefix + "eur-costs", prefix + "6000", "EXPENSE", "EUR", false),
                new Account(prefix + "usd-cash", prefix + "1100", "ASSET", "USD", false),
                new Account(prefix + "usd-payable", prefix + "2100", "LIABILITY", "USD", false),
                new Account(prefix + "jpy-cash", prefix + "1200", "ASSET", "JPY", false),
                new Account(prefix + "jpy-sales", prefix + "4200", "INCOME", "JPY", false));
    }

    String guardedId() {
        return prefix + GUARDED;
    }

    /** The n-th transfer of one client; the same random state gives the same transfer. */
    Transfer next(String id, Random random) {
        int kind = random.nextInt(10);
        if (kind < 3) {
            return transfer(id, "eur-cash", prefix + GUARDED, 100 + random.nextInt(4_900), "EUR", "deposit");
        } else if (kind < 6) {
            return transfer(id, prefix + GUARDED, "eur-cash", 100 + random.nextInt(7_900), "EUR", "withdrawal");
        } else if (kind < 8) {
            boolean fee = random.nextBoolean();
            return transfer(id, fee ? "eur-costs" : "eur-cash", fee ? "eur-fees" : "eur-costs",
                    1 + random.nextInt(99_999), "EUR", "fee");
        } else if (kind < 9) {
            return transfer(id, "usd-cash", "usd-payable", 1 + random.nextInt(999_999), "USD", "usd transfer");
        }
        return transfer(id, "jpy-cash", "jpy-sales", 1 + random.nextInt(9_000), "JPY", "jpy sale");
    }

    private Transfer transfer(String id, String debit, String credit, long minor, String currency, String what) {
        String debitId = debit.startsWith(prefix) ? debit : prefix + debit;
        String creditId = credit.startsWith(prefix) ? credit : prefix + credit;
        String amount = amount(minor, currency);
        String body = "{\"id\":\"" + id + "\",\"effectiveDate\":\"" + effectiveDate + "\",\"description\":\"chaos "
                + what + "\",\"postings\":[{\"accountId\":\"" + debitId + "\",\"side\":\"DEBIT\",\"amount\":\"" + amount
                + "\"},{\"accountId\":\"" + creditId + "\",\"side\":\"CREDIT\",\"amount\":\"" + amount + "\"}]}";
        return new Transfer(id, body, List.of(new Line(debitId, "DEBIT", minor, currency),
                new Line(creditId, "CREDIT", minor, currency)));
    }

    static String amount(long minor, String currency) {
        return currency.equals("JPY") ? Long.toString(minor) : String.format("%d.%02d", minor / 100, minor % 100);
    }

    String openBody(Account account) {
        return "{\"id\":\"" + account.id() + "\",\"code\":\"" + account.code() + "\",\"name\":\"Chaos " + account.type()
                + " " + account.currency() + "\",\"type\":\"" + account.type()
                + "\",\"currency\":\"" + account.currency()
                + "\"" + (account.guarded() ? ",\"debitsMustNotExceedCredits\":true" : "") + "}";
    }
}
