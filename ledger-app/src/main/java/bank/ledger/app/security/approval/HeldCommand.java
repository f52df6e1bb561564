package bank.ledger.app.security.approval;

import bank.ledger.app.security.access.Permission;
import bank.ledger.domain.account.api.CloseAccount;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.period.api.ReopenAccountingPeriod;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.util.UriUtils;

/**
 * The kinds of command an approval can hold: a fixed list, so a stored type name never picks an
 * arbitrary class to deserialize. Each names the permission its maker and checker need (checked again
 * when it is approved) and the path it stands for (shown in the approval, never routed).
 */
enum HeldCommand {
    POST_ENTRY(PostJournalEntry.class, Permission.POST_ENTRIES,
            c -> "/api/v1/journal-entries"),
    POST_HOLD(PostPendingEntry.class, Permission.POST_ENTRIES,
            c -> "/api/v1/journal-entries/" + segment(((PostPendingEntry) c).entryId()) + "/post"),
    REVERSE(ReverseJournalEntry.class, Permission.REVERSE,
            c -> "/api/v1/journal-entries/" + segment(((ReverseJournalEntry) c).entryId()) + "/reverse"),
    CLOSE_ACCOUNT(CloseAccount.class, Permission.OPEN_ACCOUNTS,
            c -> "/api/v1/accounts/" + segment(((CloseAccount) c).accountId()) + "/close"),
    ROLE_CHANGE(RoleChange.class, Permission.MANAGE_USERS,
            c -> "/api/v1/users/" + segment(((RoleChange) c).username()) + "/role"),
    REOPEN_PERIOD(ReopenAccountingPeriod.class, Permission.CLOSE_PERIODS,
            c -> "/api/v1/periods/" + segment(((ReopenAccountingPeriod) c).periodId()) + "/reopen");

    /** A role change is not a ledger command; it is held the same way (the user store runs it). */
    record RoleChange(String username, String role) {
    }

    private final Class<?> type;
    private final Permission permission;
    private final Function<Object, String> path;

    HeldCommand(Class<?> type, Permission permission, Function<Object, String> path) {
        this.type = type;
        this.permission = permission;
        this.path = path;
    }

    static Optional<HeldCommand> of(Object command) {
        return Arrays.stream(values()).filter(kind -> kind.type == command.getClass()).findFirst();
    }

    static HeldCommand named(String typeName) {
        return Arrays.stream(values()).filter(kind -> kind.type.getSimpleName().equals(typeName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("an approval holds an unknown command " + typeName));
    }

    Class<?> type() {
        return type;
    }

    String typeName() {
        return type.getSimpleName();
    }

    Permission permission() {
        return permission;
    }

    String pathOf(Object command) {
        return path.apply(command);
    }

    private static String segment(String id) {
        return UriUtils.encodePathSegment(id == null ? "" : id, java.nio.charset.StandardCharsets.UTF_8);
    }
}
