package bank.ledger.app.pull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A bank's SFTP server for the tests: Apache MINA SSHD on a loopback port, password authentication, its
 * files in a temporary folder (one sub-folder per test's user), a host key generated for the run.
 */
final class SftpBank implements AutoCloseable {
    static final String USER = "ledger";
    static final String PASSWORD = "sftp-secret-" + java.util.UUID.randomUUID();
    /** The client key the server accepts for {@link #USER}, besides the password. */
    static final KeyPair CLIENT_KEY = clientKey();
    private final SshServer server;
    private final Path root;

    private SftpBank(SshServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    static SftpBank start() throws IOException {
        Path root = Files.createTempDirectory("sftp-bank");
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolve("host-key.ser")));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user) && CLIENT_KEY.getPublic().equals(key));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        Path files = Files.createDirectories(root.resolve("files"));
        server.setFileSystemFactory(new VirtualFileSystemFactory(files));
        server.start();
        return new SftpBank(server, files);
    }

    /** The client's private key as PKCS#8 PEM, what {@code openssl genpkey} writes. */
    static String clientKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(CLIENT_KEY.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }

    private static KeyPair clientKey() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return server.getPort();
    }

    /** The host key's fingerprint, as ssh-keygen -lf prints it. */
    String fingerprint() {
        try {
            KeyPair key = server.getKeyPairProvider().loadKeys(null).iterator().next();
            return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key.getPublic());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A folder on the server, as the client names it ("/" + name) and as the test writes into it. */
    Path folder(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
