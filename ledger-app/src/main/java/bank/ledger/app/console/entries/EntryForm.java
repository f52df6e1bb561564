package bank.ledger.app.console.entries;

import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The entry form as posted: parallel lists of account, side and amount, one per line drawn
 * ({@value #LINES_DRAWN} lines; blank ones are skipped). Amounts stay decimal text until the command
 * side knows each account's currency, as in the API.
 */
public record EntryForm(String id, String effectiveDate, String description, Boolean pending,
                        List<String> accountId, List<String> side, List<String> amount) {
    static final int LINES_DRAWN = 4;
    static final int LINES_MAX = 100;

    static EntryForm blank(String accountId) {
        List<String> accounts = new ArrayList<>(List.of("", "", "", ""));
        if (accountId != null) {
            accounts.set(0, accountId);
        }
        return new EntryForm(UUID.randomUUID().toString(), "", "", false, accounts,
                List.of("DEBIT", "CREDIT", "DEBIT", "CREDIT"), List.of("", "", "", ""));
    }

    /** An unticked box is not sent at all. */
    public boolean hold() {
        return Boolean.TRUE.equals(pending);
    }

    List<PostingRequest> postings() {
        return lines(accountId, side, amount);
    }

    /** The account on line {@code i}, blank past the end: the template draws {@value #LINES_DRAWN} lines. */
    public String accountAt(int i) {
        return at(accountId, i);
    }

    public String sideAt(int i) {
        String chosen = at(side, i);
        return chosen.isEmpty() ? (i % 2 == 0 ? "DEBIT" : "CREDIT") : chosen;
    }

    public String amountAt(int i) {
        return at(amount, i);
    }

    static List<PostingRequest> lines(List<String> accounts, List<String> sides, List<String> amounts) {
        List<PostingRequest> lines = new ArrayList<>();
        int count = accounts == null ? 0 : Math.min(accounts.size(), LINES_MAX);
        for (int i = 0; i < count; i++) {
            String account = at(accounts, i);
            String amount = at(amounts, i);
            if (account.isEmpty() || amount.isEmpty()) {
                continue;
            }
            lines.add(new PostingRequest(account, side(at(sides, i)), amount, null));
        }
        return lines;
    }

    private static Side side(String text) {
        try {
            return Side.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "side", "side is DEBIT or CREDIT");
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
    }
}
