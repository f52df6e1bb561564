package bank.ledger.domain.money;

/** An amount of one currency in integer minor units. */
public record Money(long amountMinor, String currency) {
    public Money {
        Currencies.exponent(currency);
    }

    public static Money parse(String amount, String currency, String field) {
        return new Money(MoneyFormat.parse(amount, currency, field), currency);
    }

    public String toDecimalString() {
        return MoneyFormat.format(amountMinor, currency);
    }
}
