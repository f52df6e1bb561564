package bank.ledger.command.dispatch;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The one check every command gets before the bus, whatever its kind and channel: its ids (the record's
 * {@code String} components named {@code …Id}, and the event stream it targets, {@link TargetAggregateIdentifier},
 * often derived from one of them) are text PostgreSQL can store and a log line can carry. Axon loads the
 * target stream before any handler runs, so a NUL byte there failed in the database as a 500; the API's edge
 * refuses such ids in URL paths, but a console form or a bank file is not a URL path. Refused
 * {@code invalidId} (a control character) or {@code invalidField} (too long) at the component's name.
 * Each command type's own rules (charsets, lengths) stay its own.
 */
final class TargetIds {
    /** Longer than any id the ledger makes (128 for a client's id plus a stream prefix). */
    static final int LENGTH_MAX = 256;
    private static final ClassValue<List<Method>> ID_READERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> components = type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getType() == String.class && c.getName().endsWith("Id"))
                    .map(RecordComponent::getAccessor).toList() : List.of();
            List<Method> derived = Arrays.stream(type.getMethods())
                    .filter(m -> m.isAnnotationPresent(TargetAggregateIdentifier.class) && m.getParameterCount() == 0
                            && m.getReturnType() == String.class && !components.contains(m)).toList();
            return java.util.stream.Stream.concat(components.stream(), derived.stream()).toList();
        }
    };

    private TargetIds() {
    }

    static void check(Object command) {
        for (Method reader : ID_READERS.get(command.getClass())) {
            if (!(read(reader, command) instanceof String id)) {
                continue;
            }
            // the codes of TextRules.requireId: too long is invalidField, a character outside the rule invalidId
            if (id.length() > LENGTH_MAX) {
                throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, reader.getName(),
                        reader.getName() + " is at most " + LENGTH_MAX + " characters");
            }
            if (TextRules.firstForbidden(id, false) >= 0) {
                throw LedgerRefusal.of(RefusalCode.INVALID_ID, reader.getName(),
                        reader.getName() + " holds a control character");
            }
        }
    }

    private static Object read(Method reader, Object command) {
        try {
            reader.setAccessible(true);
            return reader.invoke(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the ids of " + command.getClass().getName() + " are not readable", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal; // a derived id whose derivation refused the input: that refusal is the answer
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
