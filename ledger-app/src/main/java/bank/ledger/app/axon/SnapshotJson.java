package bank.ledger.app.axon;

import bank.ledger.domain.statement.BankStatement;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.util.BitSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * How snapshotted aggregates are written, kept out of the domain (which carries no serializer
 * annotations for them). Without this, Jackson writes a {@link BankStatement} as {@code {}} (its
 * state is in private fields without getters) and a {@link BitSet} as {@code {"empty":false}}, and
 * reads both back empty without a word: a snapshot that silently forgets every recorded line.
 */
final class SnapshotJson {
    private SnapshotJson() {
    }

    static void configure(JsonMapper.Builder builder) {
        builder.withConfigOverride(BankStatement.class, type -> type.setVisibility(
                JsonAutoDetect.Value.construct(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)));
        builder.addModule(new SimpleModule("ledger-bit-sets")
                .addSerializer(BitSet.class, new BitSetWords())
                .addDeserializer(BitSet.class, new BitSetFromWords()));
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
