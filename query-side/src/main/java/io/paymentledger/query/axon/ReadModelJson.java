package io.paymentledger.query.axon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/**
 * JSON text of the read models' nested values and of audit payloads. Its own mapper, not the application's, so
 * the stored text (and so the fingerprints) cannot change with web settings; map keys are sorted for the same reason.
 */
@Component
public class ReadModelJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads text stored in an older shape too: {@code upgrade} turns the tree into today's shape first. */
    public <T> T read(String json, Class<T> type, UnaryOperator<JsonNode> upgrade) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.treeToValue(upgrade.apply(mapper.readTree(json)), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
