package bank.ledger.query.api;

import java.util.List;

/** Roll-ups in minor units, every balance on the normal side of its account (or type). */
public record ChartView(List<TypeTotal> byType, List<ChartAccount> accounts, String nextAfterCode) {

    public record TypeTotal(String type, String currency, long accounts, long balance) {
    }

    /**
     * {@code subtreeBalance} adds the balances of every descendant in the account's own currency, each on
     * this account's normal side; {@code descendants} counts them all, whatever their currency.
     */
    public record ChartAccount(String accountId, String code, String name, String type, String currency,
                               String parentAccountId, long balance, long subtreeBalance, long descendants) {
    }
}
