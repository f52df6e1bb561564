package bank.ledger.connectors.formats.pain;

import bank.ledger.domain.money.Currencies;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The reference for {@link Pain001Writer}: the same message built on Prowide's model of the
 * {@code pain.001.001.09} schema (element order, choices and types are the schema's by construction) and
 * written by Prowide. Test scope only, so the production jar does without Prowide's 54 MB.
 */
final class ProwidePain001Writer {
    /** Transfers per message: a bank's usual limit; the batcher never asks for more. */
    static final int TRANSFERS_MAX = Pain001Writer.TRANSFERS_MAX;

    private ProwidePain001Writer() {
    }

    static byte[] write(String messageId, OffsetDateTime createdAt, String initiatingParty,
                               List<PaymentGroup> groups) {
        int count = groups.stream().mapToInt(g -> g.transfers().size()).sum();
        if (count == 0 || count > TRANSFERS_MAX) {
            throw new IllegalArgumentException("a pain.001 carries 1 to " + TRANSFERS_MAX + " transfers, not " + count);
        }
        CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09()
                .setGrpHdr(new GroupHeader85().setMsgId(messageId).setCreDtTm(createdAt.truncatedTo(ChronoUnit.SECONDS))
                        .setNbOfTxs(Integer.toString(count))
                        .setCtrlSum(sum(groups.stream().flatMap(g -> g.transfers().stream()).toList()))
                        .setInitgPty(new PartyIdentification135().setNm(initiatingParty)));
        for (PaymentGroup group : groups) {
            initiation.getPmtInf().add(instruction(group));
        }
        String xml = new MxPain00100109().setCstmrCdtTrfInitn(initiation).message();
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static PaymentInstruction30 instruction(PaymentGroup group) {
        PaymentInstruction30 instruction = new PaymentInstruction30().setPmtInfId(group.paymentInformationId())
                .setPmtMtd(PaymentMethod3Code.TRF).setBtchBookg(false)
                .setNbOfTxs(Integer.toString(group.transfers().size())).setCtrlSum(sum(group.transfers()))
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(group.requestedExecutionDate()))
                .setDbtr(new PartyIdentification135().setNm(group.debtorName()))
                .setDbtrAcct(account(group.debtorIban()))
                .setDbtrAgt(agent(group.debtorBic()));
        for (CreditTransfer transfer : group.transfers()) {
            instruction.getCdtTrfTxInf().add(transaction(transfer));
        }
        return instruction;
    }

    private static CreditTransferTransaction34 transaction(CreditTransfer transfer) {
        CreditTransferTransaction34 transaction = new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6().setInstrId(transfer.instructionId())
                        .setEndToEndId(transfer.endToEndId()))
                .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                        .setValue(amount(transfer)).setCcy(transfer.currency())))
                .setCdtr(new PartyIdentification135().setNm(transfer.creditorName()))
                .setCdtrAcct(account(transfer.creditorIban()));
        if (transfer.creditorBic() != null) {
            transaction.setCdtrAgt(agent(transfer.creditorBic()));
        }
        if (transfer.remittanceInformation() != null) {
            RemittanceInformation16 remittance = new RemittanceInformation16();
            remittance.getUstrd().add(transfer.remittanceInformation());
            transaction.setRmtInf(remittance);
        }
        return transaction;
    }

    private static CashAccount38 account(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban));
    }

    /** The schema requires a debtor agent: its BIC, or "NOTPROVIDED" as the EPC guidelines write it. */
    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        FinancialInstitutionIdentification18 institution = bic != null
                ? new FinancialInstitutionIdentification18().setBICFI(bic)
                : new FinancialInstitutionIdentification18().setOthr(new GenericFinancialIdentification1().setId("NOTPROVIDED"));
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(institution);
    }

    private static BigDecimal amount(CreditTransfer transfer) {
        return BigDecimal.valueOf(transfer.amountMinor(), Currencies.exponent(transfer.currency()));
    }

    /** ISO's CtrlSum is a plain decimal sum across currencies (a checksum, not an amount). */
    private static BigDecimal sum(List<CreditTransfer> transfers) {
        return transfers.stream().map(ProwidePain001Writer::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
