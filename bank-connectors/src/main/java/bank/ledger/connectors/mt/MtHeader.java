package bank.ledger.connectors.mt;

import com.prowidesoftware.swift.model.SwiftMessage;

/**
 * FIN header blocks 1-3 read with Prowide: the message type and the sender, which for a statement is
 * the account servicing bank's BIC.
 */
final class MtHeader {
    record Info(String type, String senderBic) {
    }

    private MtHeader() {
    }

    /** A 12-character logical terminal address is the BIC with a terminal letter at position 9. */
    private static String bic(String sender) {
        if (sender == null || sender.isBlank()) {
            return null;
        }
        return sender.length() == 12 ? sender.substring(0, 8) + sender.substring(9) : sender;
    }

    static Info read(String header) {
        if (header == null || header.isBlank()) {
            return new Info(null, null);
        }
        try {
            SwiftMessage message = SwiftMessage.parse(header + "{4:\n:20:X\n-}");
            String sender = message == null ? null : message.getSender();
            return new Info(message == null ? null : message.getType(), bic(sender));
        } catch (Exception unreadable) {
            // A header Prowide cannot read yields no type and no BIC; block 4 is still read.
            return new Info(null, null);
        }
    }
}
