package bank.ledger.connectors.pull;

import bank.ledger.connectors.ingestion.StatementDelivery;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls statement files from a bank's SFTP server: lists the remote folder (at most
 * {@code list-entries-max} entries), fetches the regular files not fetched before (by name, size and
 * modification time; at most {@code files-per-pull-max}, each at most {@code file-bytes-max}) in name
 * order, hands each to the pipeline, and moves it to the processed folder when one is configured. The
 * server must present the pinned host key (its SHA-256 fingerprint): any other key ends the handshake,
 * before a credential is sent. Names starting with "." or ending with ".part" are still being written.
 */
public class SftpPuller {
    private static final Logger log = LoggerFactory.getLogger(SftpPuller.class);
    private final BankPullProperties settings;
    private final BankConnections connections;
    private final Clock clock;

    public SftpPuller(BankPullProperties settings, BankConnections connections, Clock clock) {
        this.settings = settings;
        this.connections = connections;
        this.clock = clock;
    }

    public PullResult pull(BankConnection connection, PullCredentials credentials, StatementSink sink) {
        SshClient client = SshClient.setUpDefaultClient();
        Duration connect = Duration.ofMillis(settings.connectTimeoutMs());
        Duration read = Duration.ofMillis(settings.readTimeoutMs());
        CoreModuleProperties.NIO2_READ_TIMEOUT.set(client, read);
        CoreModuleProperties.AUTH_TIMEOUT.set(client, connect);
        CoreModuleProperties.IDLE_TIMEOUT.set(client, read.multipliedBy(2));
        String pinned = connection.hostKeyFingerprint();
        client.setServerKeyVerifier((session, address, key) -> pinnedKey(connection.id(), address, key, pinned));
        client.start();
        try (ClientSession session = client.connect(connection.username(), connection.host(), connection.port())
                .verify(connect).getSession()) {
            authenticate(session, credentials);
            session.auth().verify(connect);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                return fetchNew(connection, sftp, sink);
            }
        } catch (IOException failed) {
            throw new PullFailure("sftp " + connection.host() + ":" + connection.port() + ": " + describe(failed), failed);
        } finally {
            client.stop();
        }
    }

    private static boolean pinnedKey(String id, SocketAddress address, PublicKey key, String pinned) {
        String presented = KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
        if (!pinned.equals(presented)) {
            log.warn("bank connection {}: {} presented host key {}, not the pinned {}: refused", id, address, presented, pinned);
            return false;
        }
        return true;
    }

    private static void authenticate(ClientSession session, PullCredentials credentials) throws IOException {
        if (credentials.has(credentials.password())) {
            session.addPasswordIdentity(credentials.password());
            return;
        }
        try (InputStream key = new java.io.ByteArrayInputStream(credentials.privateKey().getBytes(StandardCharsets.UTF_8))) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName("credentials.privateKey"),
                    key, FilePasswordProvider.EMPTY);
            if (pairs == null || !pairs.iterator().hasNext()) {
                throw new PullFailure("the private key in the credentials cannot be read");
            }
            pairs.forEach(session::addPublicKeyIdentity);
        } catch (GeneralSecurityException unreadable) {
            throw new PullFailure("the private key in the credentials cannot be read (" + unreadable.getClass().getSimpleName() + ")");
        }
    }

    private PullResult fetchNew(BankConnection connection, SftpClient sftp, StatementSink sink) throws IOException {
        PullResult result = PullResult.NOTHING;
        int fetched = 0;
        for (SftpClient.DirEntry entry : listing(sftp, connection.path())) {
            SftpClient.Attributes attributes = entry.getAttributes();
            Instant modified = attributes.getModifyTime() == null ? Instant.EPOCH : attributes.getModifyTime().toInstant();
            if (fetched >= settings.filesPerPullMax()
                    || connections.fileSeen(connection.id(), entry.getFilename(), attributes.getSize(), modified)) {
                continue;
            }
            fetched++;
            result = result.plus(fetchOne(connection, sftp, entry.getFilename(), attributes.getSize(), modified, sink));
        }
        return result;
    }

    private PullResult fetchOne(BankConnection connection, SftpClient sftp, String name, long size, Instant modified,
                                StatementSink sink) throws IOException {
        String remote = join(connection.path(), name);
        if (size > settings.fileBytesMax()) {
            String detail = name + " has " + size + " bytes, more than ledger.bank-pulls.file-bytes-max " + settings.fileBytesMax();
            connections.fileDone(connection.id(), name, size, modified, "TOO_LARGE", detail, clock.instant());
            return new PullResult(0, 0, 1, detail, null);
        }
        byte[] content;
        try (InputStream in = sftp.read(remote)) {
            content = StatementDelivery.readBounded(in, settings.fileBytesMax()); // the size listed may have grown
        } catch (bank.ledger.domain.refusal.LedgerRefusal tooLarge) {
            connections.fileDone(connection.id(), name, size, modified, "TOO_LARGE", tooLarge.getMessage(), clock.instant());
            return new PullResult(0, 0, 1, name + ": " + tooLarge.getMessage(), null);
        }
        PullResult result = sink.accept(name, content);
        connections.fileDone(connection.id(), name, size, modified, result.refused() > 0 ? "REFUSED" : "IMPORTED",
                result.firstRefusal(), clock.instant());
        if (connection.processedPath() != null && result.refused() == 0) {
            moveToProcessed(connection, sftp, remote, name);
        }
        return result;
    }

    private void moveToProcessed(BankConnection connection, SftpClient sftp, String remote, String name) {
        try {
            sftp.rename(remote, join(connection.processedPath(), name), SftpClient.CopyMode.Overwrite);
        } catch (IOException notMoved) { // fetched and recorded already: it stays, and is known by name, size and time
            log.warn("bank connection {}: {} not moved to {}: {}", connection.id(), name, connection.processedPath(),
                    describe(notMoved));
        }
    }

    /** The folder's regular files that are ready, in name order, from at most list-entries-max entries. */
    private List<SftpClient.DirEntry> listing(SftpClient sftp, String path) throws IOException {
        List<SftpClient.DirEntry> files = new ArrayList<>();
        int read = 0;
        for (SftpClient.DirEntry entry : sftp.readDir(path)) {
            if (++read > settings.listEntriesMax()) {
                break;
            }
            String name = entry.getFilename();
            if (entry.getAttributes().isRegularFile() && ready(name)) {
                files.add(entry);
            }
        }
        files.sort(Comparator.comparing(SftpClient.DirEntry::getFilename));
        return files;
    }

    /** A name the server sends is trusted with nothing: no separators, no control characters, nothing half written. */
    static boolean ready(String name) {
        return name != null && !name.isEmpty() && name.length() <= 255 && !name.startsWith(".") && !name.endsWith(".part")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c));
    }

    private static String join(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    private static String describe(IOException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
