package bank.ledger.domain.support;

import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A real, small implementation of the {@link IdentityRegistry} port for tests. Like the production one it
 * takes part in the command's unit of work: a reservation made by a command that is rolled back is undone.
 * Outside a unit of work (test set-up) a reservation is kept at once.
 */
public final class InMemoryIdentityRegistry implements IdentityRegistry {
    private final Map<String, Kind> ids = new ConcurrentHashMap<>();
    private final Map<String, String> accountByCode = new ConcurrentHashMap<>();

    @Override
    public boolean reserve(String id, Kind kind, String field) {
        Kind existing = ids.putIfAbsent(id, kind);
        if (existing == null) {
            undoOnRollback(() -> ids.remove(id, kind));
            return true;
        }
        if (existing != kind) {
            throw LedgerRefusal.of(RefusalCode.ID_ALREADY_USED, field,
                    "id " + id + " already names a " + existing.name().toLowerCase().replace('_', ' '));
        }
        return false;
    }

    @Override
    public void reserveAccountCode(String code, String accountId) {
        String holder = accountByCode.putIfAbsent(code, accountId);
        if (holder == null) {
            undoOnRollback(() -> accountByCode.remove(code, accountId));
        } else if (!holder.equals(accountId)) {
            throw LedgerRefusal.of(RefusalCode.ACCOUNT_CODE_TAKEN, "code",
                    "account code " + code + " belongs to account " + holder);
        }
    }

    @Override
    public boolean isReserved(String id, Kind kind) {
        return ids.get(id) == kind;
    }

    public boolean isReserved(String id) {
        return ids.containsKey(id);
    }

    public boolean isCodeTaken(String code) {
        return accountByCode.containsKey(code);
    }

    private static void undoOnRollback(Runnable undo) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().onRollback(unitOfWork -> undo.run());
        }
    }
}
