package bank.ledger.connectors.formats.model;

import java.time.LocalDate;

/** A balance as the bank reported it: non-negative minor units, a direction, and its date. */
public record Balance(long amountMinor, CreditDebit creditDebit, LocalDate date) {
    public Balance {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("balance amounts are non-negative, the direction carries the sign");
        }
    }

    public long signedMinor() {
        return creditDebit.signed(amountMinor);
    }

    public static Balance ofSigned(long signedMinor, LocalDate date) {
        return new Balance(Math.abs(signedMinor), CreditDebit.ofSigned(signedMinor), date);
    }
}
