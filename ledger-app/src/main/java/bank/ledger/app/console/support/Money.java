package bank.ledger.app.console.support;

import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.MoneyFormat;
import org.springframework.stereotype.Component;

/**
 * Amounts for the templates ({@code ${@money.format(minor, currency)}}): exactly the currency's decimals,
 * three for KWD, by the same formatter as the API's JSON.
 */
@Component("money")
public class Money {
    public String format(long minor, String currency) {
        return MoneyFormat.format(minor, currency);
    }

    /** The step of an amount input: 0.01 for EUR, 0.001 for KWD, 1 for JPY. */
    public String step(String currency) {
        int exponent = Currencies.exponent(currency);
        return exponent == 0 ? "1" : "0." + "0".repeat(exponent - 1) + "1";
    }
}
