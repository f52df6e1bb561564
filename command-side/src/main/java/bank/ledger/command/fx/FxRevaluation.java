package bank.ledger.command.fx;

import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.consistency.ReadModelBarrier;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.FxRate;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Period-end revaluation (docs/currencies.md): each foreign-currency account's balance at the month-end
 * rate, against its booked reporting-currency value; the difference is an unrealised gain or loss, posted
 * in the reporting currency between an adjustment account and the gain or loss account. One entry per
 * (period, account) with an id derived from both, so a rerun posts nothing more; reversible per period.
 */
final class FxRevaluation {
    private final LedgerCommandGateway commands;
    private final FxRevaluationReads reads;
    private final FxProperties settings;
    private final ReadModelBarrier readModels;

    FxRevaluation(LedgerCommandGateway commands, FxRevaluationReads reads, FxProperties settings,
                  ReadModelBarrier readModels) {
        this.commands = commands;
        this.reads = reads;
        this.settings = settings;
        this.readModels = readModels;
    }

    record Request(String period, String reportingCurrency, String adjustmentAccountId, String gainAccountId,
                   String lossAccountId, List<String> accountIds) {
    }

    /** One account's outcome: POSTED, ALREADY_POSTED (a rerun) or NOTHING_TO_POST. */
    record Line(String accountId, String currency, String balance, String closingRate, LocalDate rateDate,
                String bookedValue, String closingValue, String adjustment, String entryId, String outcome) {
    }

    record Result(String period, String reportingCurrency, LocalDate date, List<Line> accounts) {
    }

    Result run(Request request, CommandOrigin origin) {
        YearMonth period = period(request.period());
        String reporting = reporting(request.reportingCurrency());
        for (String field : List.of("adjustmentAccountId", "gainAccountId", "lossAccountId")) {
            TextRules.requireId(switch (field) {
                case "adjustmentAccountId" -> request.adjustmentAccountId();
                case "gainAccountId" -> request.gainAccountId();
                default -> request.lossAccountId();
            }, field);
        }
        LocalDate day = period.atEndOfMonth();
        if (request.accountIds() != null) {
            if (request.accountIds().size() > settings.revaluationAccountsMax()) {
                throw Fields.invalid("accountIds", "at most " + settings.revaluationAccountsMax() + " accounts");
            }
            for (int i = 0; i < request.accountIds().size(); i++) {
                TextRules.requireId(request.accountIds().get(i), "accountIds[" + i + "]");
            }
        }
        // The figures must include every entry recorded before the run: a booked value read without one would
        // post a wrong difference under the period's id, which a rerun answers instead of correcting.
        readModels.awaitRecordedEvents("the revaluation of " + period);
        requireRevaluable(request.accountIds(), reporting);
        List<String> accounts = reads.foreignAccounts(reporting, request.accountIds(),
                settings.revaluationAccountsMax() + 1);
        if (accounts.size() > settings.revaluationAccountsMax()) {
            throw Fields.invalid("period", "more than " + settings.revaluationAccountsMax()
                    + " foreign-currency accounts (ledger.fx.revaluation-accounts-max)");
        }
        List<Line> lines = new ArrayList<>();
        for (String accountId : accounts) {
            lines.add(revalue(accountId, period.toString(), reporting, day, request, origin));
        }
        return new Result(period.toString(), reporting, day, lines);
    }

    /**
     * A named account the run would not revalue is refused, not skipped: unknown ({@code accountNotFound}), in
     * the reporting currency or an FX clearing account ({@code invalidField}), each at its index.
     */
    private void requireRevaluable(List<String> named, String reporting) {
        if (named == null) {
            return;
        }
        for (int i = 0; i < named.size(); i++) {
            String field = "accountIds[" + i + "]";
            String accountId = named.get(i);
            FxRevaluationReads.Kind kind = reads.kindOf(accountId, reporting).orElseThrow(() -> LedgerRefusal.of(
                    RefusalCode.ACCOUNT_NOT_FOUND, field, "no account " + accountId));
            if (kind != FxRevaluationReads.Kind.FOREIGN) {
                throw Fields.invalid(field, "account " + accountId + (kind == FxRevaluationReads.Kind.FX_CLEARING
                        ? " is an FX clearing account, never revalued" : " is in the reporting currency " + reporting));
            }
        }
    }

    private Line revalue(String accountId, String period, String reporting, LocalDate day, Request request,
                         CommandOrigin origin) {
        String currency = reads.currencyOf(accountId);
        FxRevaluationReads.Position position = reads.position(accountId, currency, reporting, day,
                settings.revaluationDaysMax());
        FxRevaluationReads.Rate closing = reads.closingRate(currency, reporting, day, accountId);
        long sign = Long.signum(position.balanceMinor());
        long value = sign * new FxRate(closing.value()).convert(Math.abs(position.balanceMinor()),
                Currencies.exponent(currency), Currencies.exponent(reporting));
        long adjustment = Math.subtractExact(value, position.bookedMinor());
        String entryId = entryId(period, reporting, accountId, reads.reversals(accountId, period, reporting));
        String outcome = "NOTHING_TO_POST";
        if (adjustment != 0) {
            outcome = post(entryId, accountId, period, reporting, day, adjustment, closing, request, origin);
        }
        return new Line(accountId, currency, MoneyFormat.format(position.balanceMinor(), currency),
                closing.value().stripTrailingZeros().toPlainString(), closing.effectiveDate(),
                MoneyFormat.format(position.bookedMinor(), reporting), MoneyFormat.format(value, reporting),
                MoneyFormat.format(adjustment, reporting), adjustment == 0 ? null : entryId, outcome);
    }

    private String post(String entryId, String accountId, String period, String reporting, LocalDate day,
                        long adjustment, FxRevaluationReads.Rate closing, Request request, CommandOrigin origin) {
        boolean gain = adjustment > 0;
        String debit = gain ? request.adjustmentAccountId() : request.lossAccountId();
        String credit = gain ? request.gainAccountId() : request.adjustmentAccountId();
        String amount = MoneyFormat.format(Math.abs(adjustment), reporting);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("fxRevaluationOf", accountId);
        metadata.put("fxPeriod", period);
        metadata.put("fxReportingCurrency", reporting);
        metadata.put("fxAdjustmentMinor", Long.toString(adjustment));
        metadata.put("fxClosingRate", closing.value().stripTrailingZeros().toPlainString());
        metadata.put("fxRateDate", closing.effectiveDate().toString());
        metadata.put("fxRateSource", closing.source());
        metadata.put("fxDebitAccountId", debit);
        metadata.put("fxCreditAccountId", credit);
        PostJournalEntry command = new PostJournalEntry(entryId, day, "Unrealised FX " + (gain ? "gain" : "loss")
                + " on " + accountId + " for " + period, false, List.of(
                new PostingRequest(debit, Side.DEBIT, amount, reporting),
                new PostingRequest(credit, Side.CREDIT, amount, reporting)), metadata);
        try {
            JournalEntryState state = commands.send(command, origin);
            return state.replayed() ? "ALREADY_POSTED" : "POSTED";
        } catch (LedgerRefusal refusal) {
            if (refusal.code() == RefusalCode.IDEMPOTENCY_CONFLICT) {
                return "ALREADY_POSTED";  // posted by an earlier run on other figures: reverse the period to redo it
            }
            throw refusal;
        }
    }

    /** Reverses every revaluation entry of the period not yet reversed, by an opposite entry of its own. */
    List<String> reverse(String periodText, String requestedReporting, CommandOrigin origin) {
        String period = period(periodText).toString();
        String reporting = reporting(requestedReporting);
        YearMonth month = YearMonth.parse(period);
        readModels.awaitRecordedEvents("the reversal of the revaluation of " + period);
        List<String> reversed = new ArrayList<>();
        for (FxRevaluationReads.Posted posted : reads.unreversed(period, reporting, settings.revaluationAccountsMax())) {
            String amount = MoneyFormat.format(Math.abs(posted.adjustmentMinor()), reporting);
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("fxRevaluationOf", posted.accountId());
            metadata.put("fxPeriod", period);
            metadata.put("fxReportingCurrency", reporting);
            metadata.put("fxAdjustmentMinor", Long.toString(-posted.adjustmentMinor()));
            metadata.put("fxRevaluationReversalOf", posted.entryId());
            String id = reversalId(posted.entryId());
            commands.send(new PostJournalEntry(id, month.atEndOfMonth(), "Reversal of " + posted.entryId(), false,
                    List.of(new PostingRequest(posted.creditAccountId(), Side.DEBIT, amount, reporting),
                            new PostingRequest(posted.debitAccountId(), Side.CREDIT, amount, reporting)), metadata),
                    origin);
            reversed.add(id);
        }
        return reversed;
    }

    /** The request's reporting currency, else the configured one; refused when neither names one. */
    String reporting(String requested) {
        String reporting = settings.reportingCurrencyOr(requested);
        if (reporting == null) {
            throw Fields.invalid("reportingCurrency", "name the reporting currency (or set ledger.fx.reporting-currency)");
        }
        Currencies.exponent(reporting, "reportingCurrency");
        return reporting;
    }

    static YearMonth period(String text) {
        try {
            if (text == null || !text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("shape", String.valueOf(text), 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException bad) {
            throw Fields.invalid("period", "period is a month such as 2026-11");
        }
    }

    /** "fxr-2026-11-KWD-usd-cash" (then "-r1", "-r2" after reversals); a hash stands in for a long account id. */
    static String entryId(String period, String reporting, String accountId, int generation) {
        String key = accountId.length() <= 80 ? accountId : sha256(accountId).substring(0, 32);
        return "fxr-" + period + "-" + reporting + "-" + key + (generation == 0 ? "" : "-r" + generation);
    }

    static String reversalId(String entryId) {
        return entryId.length() <= 120 ? entryId + "-rev" : sha256(entryId).substring(0, 32) + "-rev";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
