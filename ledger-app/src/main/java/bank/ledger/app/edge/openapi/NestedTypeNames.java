package bank.ledger.app.edge.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.Set;

/**
 * Schema names for nested records: springdoc names a schema by the class's simple name, so the many
 * {@code Response}, {@code Page} and {@code Line} records of different controllers overwrote each other
 * in one schema. A one-word nested name is ambiguous and gets its enclosing type's name in front
 * ({@code ChartController.Response} is {@code ChartResponse}); names like {@code NewUser} stay.
 */
final class NestedTypeNames extends TypeNameResolver {
    @Override
    protected String nameForClass(Class<?> cls, Set<Options> options) {
        String name = super.nameForClass(cls, options);
        Class<?> enclosing = cls.getEnclosingClass();
        if (enclosing == null || !oneWord(cls.getSimpleName()) || !name.equals(cls.getSimpleName())) {
            return name;
        }
        return enclosing.getSimpleName().replaceFirst("Controller$", "") + name;
    }

    private static boolean oneWord(String name) {
        return name.chars().skip(1).noneMatch(Character::isUpperCase);
    }
}
