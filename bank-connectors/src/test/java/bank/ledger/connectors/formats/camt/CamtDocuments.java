package bank.ledger.connectors.formats.camt;

/**
 * Builds small camt.052/053/054 documents for any version, following the element names of the
 * published schemas (checked against Prowide's model in {@link CamtAllVersionsTest}).
 */
final class CamtDocuments {
    static final String IBAN = "DE89370400440532013000";
    static final String BIC = "COBADEFFXXX";

    private CamtDocuments() {
    }

    /** type is "052", "053" or "054"; opening 1000.00 CR, +250.50, reversal -50.25, closing 1200.25 CR. */
    static String sample(String type, int version) {
        String v = String.format("%02d", version);
        String root = switch (type) {
            case "052" -> "BkToCstmrAcctRpt";
            case "053" -> "BkToCstmrStmt";
            default -> "BkToCstmrDbtCdtNtfctn";
        };
        String item = switch (type) {
            case "052" -> "Rpt";
            case "053" -> "Stmt";
            default -> "Ntfctn";
        };
        String rootName = version == 1 ? root + "V01" : root;
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.").append(type).append(".001.")
                .append(v).append("\">\n<").append(rootName).append(">\n")
                .append("<GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-01-02T06:00:00</CreDtTm></GrpHdr>\n")
                .append("<").append(item).append(">\n<Id>STMT-").append(type).append("-").append(v).append("</Id>\n")
                .append("<ElctrncSeqNb>42</ElctrncSeqNb>\n<CreDtTm>2024-01-02T06:00:00</CreDtTm>\n")
                .append("<Acct><Id><IBAN>").append(IBAN).append("</IBAN></Id><Ccy>EUR</Ccy>")
                .append("<Svcr><FinInstnId><").append(bicElement(version)).append(">").append(BIC)
                .append("</").append(bicElement(version)).append("></FinInstnId></Svcr></Acct>\n");
        if (!type.equals("054")) {
            x.append(balance(version, type.equals("052") ? "OPBD" : "OPBD", "1000.00", "2024-01-01"));
            x.append(balance(version, type.equals("052") ? "ITBD" : "CLBD", "1200.25", "2024-01-02"));
        }
        x.append(entry(version, "250.50", "CRDT", false, "Dbtr", "ACME GmbH &amp; Co. KG", "E2E-1",
                "Invoice 4711 \u00e4\u00f6\u00fc"));
        x.append(entry(version, "50.25", "DBIT", true, "Dbtr", "Reversed Payer", "NOTPROVIDED", "Return"));
        x.append("</").append(item).append(">\n</").append(rootName).append(">\n</Document>\n");
        return x.toString();
    }

    static String bicElement(int version) {
        return version >= 3 ? "BICFI" : "BIC";
    }

    static boolean partyWrapped(int version) {
        return version >= 7;
    }

    static boolean statusChoice(int version) {
        return version >= 7;
    }

    private static String balance(int version, String code, String amount, String date) {
        String type = version == 1 ? "<Tp><Cd>" + code + "</Cd></Tp>" : "<Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp>";
        return "<Bal>" + type + "<Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>" + date
                + "</Dt></Dt></Bal>\n";
    }

    private static String entry(int version, String amount, String cd, boolean reversal, String role, String name,
                                String endToEnd, String remittance) {
        String party = partyWrapped(version) ? "<" + role + "><Pty><Nm>" + name + "</Nm></Pty></" + role + ">"
                : "<" + role + "><Nm>" + name + "</Nm></" + role + ">";
        String tx = "<TxDtls><Refs><EndToEndId>" + endToEnd + "</EndToEndId></Refs><RltdPties>" + party
                + "</RltdPties><RmtInf><Ustrd>" + remittance + "</Ustrd></RmtInf></TxDtls>";
        String status = statusChoice(version) ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>";
        return "<Ntry>\n  <Amt Ccy=\"EUR\">" + amount + "</Amt>\n  <CdtDbtInd>" + cd + "</CdtDbtInd>\n"
                + (reversal ? "  <RvslInd>true</RvslInd>\n" : "") + "  " + status + "\n"
                + "  <BookgDt><Dt>2024-01-02</Dt></BookgDt>\n  <ValDt><Dt>2024-01-02</Dt></ValDt>\n"
                + "  <AcctSvcrRef>BANK-" + amount + "</AcctSvcrRef>\n"
                + "  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>\n"
                + "  " + (version == 1 ? tx : "<NtryDtls>" + tx + "</NtryDtls>") + "\n</Ntry>\n";
    }
}
