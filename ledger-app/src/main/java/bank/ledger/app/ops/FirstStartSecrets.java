package bank.ledger.app.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The init step of docker-compose.yml: writes the secrets the external profile needs into a directory, one
 * file per variable (read back through LEDGER_SECRETS_DIR), each only when it is absent, so a restart keeps
 * the keys and the tokens they signed. JDK only: runs as {@code java -cp BOOT-INF/classes} in the image.
 * <pre>java -cp /app/BOOT-INF/classes bank.ledger.app.ops.FirstStartSecrets /run/secrets/ledger</pre>
 */
public final class FirstStartSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private FirstStartSecrets() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: FirstStartSecrets <directory>");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        writeOnce(directory.resolve("LEDGER_JWT_PRIVATE_KEY"), signingKeyPem());
        writeOnce(directory.resolve("LEDGER_WEBHOOK_SECRET_KEYS"), "k1:" + Base64.getEncoder().encodeToString(bytes(32)));
        writeOnce(directory.resolve("LEDGER_BANK_CREDENTIAL_KEYS"), "k1:" + Base64.getEncoder().encodeToString(bytes(32)));
        writeOnce(directory.resolve("LEDGER_BOOTSTRAP_ADMIN_PASSWORD"), Base64.getUrlEncoder().withoutPadding()
                .encodeToString(bytes(24)));
    }

    /** An RSA 2048 private key, PKCS#8 PEM: what {@code openssl genpkey -algorithm RSA} writes. */
    static String signingKeyPem() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Created with owner-only permissions, never overwritten (a second init run leaves the first's secrets). */
    private static void writeOnce(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException kept) {
            System.out.println("kept " + file);
            return;
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        System.out.println("created " + file);
    }
}
