package bank.ledger.connectors.read;

import java.util.List;

/** The pages of bank statement lines: {@code nextAfter} is null on the last page. */
public final class BankStatementLinePages {
    private BankStatementLinePages() {
    }

    /** An account's open items, after a cursor; {@code next} is the old name of {@code nextAfter}, kept one version. */
    public record OpenItemsPage(List<BankStatementLineView> items, String nextAfter, String next) {
    }

    /**
     * A statement's lines, after a line number; {@code lines} and {@code nextAfterLine} are the old names of
     * {@code items} and {@code nextAfter}, kept one version.
     */
    public record BankStatementLinesPage(List<BankStatementLineView> items, Integer nextAfter, List<BankStatementLineView> lines,
                                 Integer nextAfterLine) {
    }
}
