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

    static Info read(String header) {
        if (header == null || header.isBlank()) {
            return new Info(null, null);
        }
        try {
            SwiftMessage message = SwiftMessage.parse(header + "{4:\n:20:X\n-}");
            String sender = message == null ? null : message.getSender();
            return new Info(message == null ? null : message.getType(),
                    sender == null || sender.isBlank() ? null : sender);
        } catch (Exception unreadable) {
            // A header Prowide cannot read yields no type and no BIC; block 4 is still read.
            return new Info(null, null);
        }
    }
}
