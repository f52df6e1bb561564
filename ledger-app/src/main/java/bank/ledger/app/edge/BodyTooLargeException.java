package bank.ledger.app.edge;

import java.io.IOException;

/**
 * A body that crossed its limit while being read (a chunked body, or one that lied about its length).
 * An {@link IOException}, so every reader (Jackson, a controller, a filter) fails where it reads; the
 * edge answers 413 {@code bodyTooLarge} wherever it surfaces, however wrapped.
 */
public final class BodyTooLargeException extends IOException {
    private final long bytesMax;

    public BodyTooLargeException(long bytesMax) {
        super("the request body exceeds " + bytesMax + " bytes");
        this.bytesMax = bytesMax;
    }

    public long bytesMax() {
        return bytesMax;
    }

    /** The body limit crossing behind a failure, if that is what it is. */
    public static BodyTooLargeException in(Throwable failure) {
        return Causes.find(failure, BodyTooLargeException.class);
    }
}
