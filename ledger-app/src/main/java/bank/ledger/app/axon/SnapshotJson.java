package bank.ledger.app.axon;

import bank.ledger.domain.statement.BankStatement;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.BitSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.introspect.VisibilityChecker;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * How the bank statement's snapshot is written, kept out of the domain (which carries no serializer
 * annotations for it). Left to itself, Jackson 3 writes the aggregate as {@code {}} (its state is in
 * private fields without getters), a {@link BitSet} as {@code {"empty":false}}, leaves final fields
 * unset when reading, and reads all of it back empty without a word: a snapshot that silently forgets
 * every recorded line. So, for the classes of the aggregate's own package (the aggregate and the state
 * classes beside it, not its {@code api}): their fields, private and final ones too, and nothing else;
 * and bit sets everywhere as their 64-bit words.
 */
final class SnapshotJson {
    private static final String STATE_PACKAGE = BankStatement.class.getPackageName();

    private SnapshotJson() {
    }

    static void configure(JsonMapper.Builder builder) {
        builder.annotationIntrospector(new AggregateStateFields());
        builder.addModule(new SimpleModule("ledger-bit-sets")
                .addSerializer(BitSet.class, new BitSetWords())
                .addDeserializer(BitSet.class, new BitSetFromWords()));
    }

    private static boolean isAggregateState(Class<?> type) {
        return type.getPackageName().equals(STATE_PACKAGE);
    }

    private static final class AggregateStateFields extends JacksonAnnotationIntrospector {
        @Override
        public VisibilityChecker findAutoDetectVisibility(MapperConfig<?> config, AnnotatedClass type,
                                                          VisibilityChecker checker) {
            VisibilityChecker visibility = super.findAutoDetectVisibility(config, type, checker);
            return isAggregateState(type.getRawType()) ? visibility.withFieldVisibility(Visibility.ANY)
                    .withGetterVisibility(Visibility.NONE).withIsGetterVisibility(Visibility.NONE) : visibility;
        }

        /** An explicitly named field is written into even when final (Jackson 3 skips unnamed final fields). */
        @Override
        public PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated member) {
            if (member instanceof AnnotatedField field && isAggregateState(field.getDeclaringClass())) {
                return PropertyName.construct(field.getName());
            }
            return super.findNameForDeserialization(config, member);
        }
    }

    /** A bit set as its 64-bit words ({@link BitSet#toLongArray()}): 100,000 line numbers in 1,563 numbers. */
    private static final class BitSetWords extends StdSerializer<BitSet> {
        BitSetWords() {
            super(BitSet.class);
        }

        @Override
        public void serialize(BitSet value, JsonGenerator generator, SerializationContext context) {
            long[] words = value.toLongArray();
            generator.writeArray(words, 0, words.length);
        }
    }

    private static final class BitSetFromWords extends StdDeserializer<BitSet> {
        BitSetFromWords() {
            super(BitSet.class);
        }

        @Override
        public BitSet deserialize(JsonParser parser, DeserializationContext context) {
            return BitSet.valueOf(context.readValue(parser, long[].class));
        }
    }
}
