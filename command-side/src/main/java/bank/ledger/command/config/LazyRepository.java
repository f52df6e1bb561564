package bank.ledger.command.config;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * A repository resolved from Axon's configuration on first use: the handler bean is created before
 * Axon's configuration is built, and Axon builds the configuration from the handler beans.
 */
final class LazyRepository<T> implements Repository<T> {
    private final Supplier<Repository<T>> source;
    private volatile Repository<T> delegate;

    LazyRepository(Supplier<Repository<T>> source) {
        this.source = source;
    }

    private Repository<T> delegate() {
        Repository<T> resolved = delegate;
        if (resolved == null) {
            resolved = source.get();
            delegate = resolved;
        }
        return resolved;
    }

    @Override
    public Aggregate<T> load(String aggregateIdentifier) {
        return delegate().load(aggregateIdentifier);
    }

    @Override
    public Aggregate<T> load(String aggregateIdentifier, Long expectedVersion) {
        return delegate().load(aggregateIdentifier, expectedVersion);
    }

    @Override
    public Aggregate<T> newInstance(Callable<T> factoryMethod) throws Exception {
        return delegate().newInstance(factoryMethod);
    }

    @Override
    public Aggregate<T> loadOrCreate(String aggregateIdentifier, Callable<T> factoryMethod) throws Exception {
        return delegate().loadOrCreate(aggregateIdentifier, factoryMethod);
    }

    @Override
    public void send(Message<?> message, ScopeDescriptor scopeDescription) throws Exception {
        delegate().send(message, scopeDescription);
    }

    @Override
    public boolean canResolve(ScopeDescriptor scopeDescription) {
        return delegate().canResolve(scopeDescription);
    }
}
