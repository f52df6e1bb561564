package bank.ledger.connectors.pull;

import java.time.LocalDate;

/**
 * What one pull brought: statements newly recorded, statements delivered before (the statement key
 * deduplicated them), files or reports the pipeline refused (with the first refusal's text), and for
 * an API pull the last complete booking day it covered.
 */
public record PullResult(int imported, int duplicates, int refused, String firstRefusal, LocalDate bookedUntil) {
    public static final PullResult NOTHING = new PullResult(0, 0, 0, null, null);

    public PullResult plus(PullResult other) {
        return new PullResult(imported + other.imported, duplicates + other.duplicates, refused + other.refused,
                firstRefusal != null ? firstRefusal : other.firstRefusal,
                other.bookedUntil != null ? other.bookedUntil : bookedUntil);
    }

    public PullResult until(LocalDate day) {
        return new PullResult(imported, duplicates, refused, firstRefusal, day);
    }
}
