package bank.ledger.command.dispatch;

import java.net.URI;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code Location} headers built from a collection path and an id, the id percent-encoded as one path
 * segment: no id can make the header fail (a 500 after a successful write) or point elsewhere.
 */
public final class Locations {
    private Locations() {
    }

    public static URI of(String collectionPath, String id) {
        return UriComponentsBuilder.fromPath(collectionPath).pathSegment("{id}").buildAndExpand(id).encode().toUri();
    }
}
