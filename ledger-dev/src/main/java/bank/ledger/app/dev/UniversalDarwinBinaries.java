package bank.ledger.app.dev;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;

/**
 * zonky publishes PostgreSQL for macOS as two artifacts (x86_64, arm_64) holding the same 62 MB universal
 * archive (one Mach-O file for both architectures). The dev jar carries it once, under its x86_64 name, and
 * this resolver serves it to Apple Silicon too; every other platform is resolved as zonky does.
 */
final class UniversalDarwinBinaries implements PgBinaryResolver {
    static final UniversalDarwinBinaries INSTANCE = new UniversalDarwinBinaries();
    private static final String DARWIN_UNIVERSAL = "postgres-darwin-x86_64.txz";

    private UniversalDarwinBinaries() {
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        if ("Darwin".equalsIgnoreCase(system)) {
            InputStream universal = UniversalDarwinBinaries.class.getClassLoader().getResourceAsStream(DARWIN_UNIVERSAL);
            if (universal != null) {
                return universal;
            }
        }
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    }
}
