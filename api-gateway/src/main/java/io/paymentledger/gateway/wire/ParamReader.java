package io.paymentledger.gateway.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed access to one level of the parameter tree. It knows its own bracket path, so every error names the wire
 * parameter exactly ({@code shipping[address][line1]}). Absent parameters read as null; callers decide what an
 * empty string means because only some fields may be unset with one.
 */
final class ParamReader {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    private final Map<String, Object> values;
    private final String path;
    private final boolean json;

    ParamReader(Map<String, Object> values, String path, boolean json) {
        this.values = values;
        this.path = path;
        this.json = json;
    }

    static ParamReader of(RequestParams params) {
        return new ParamReader(params.tree(), "", params.json());
    }

    boolean json() {
        return json;
    }

    String name(String key) {
        return path.isEmpty() ? key : path + "[" + key + "]";
    }

    /** Rejects the first parameter, in request order, that this level does not accept. */
    ParamReader allowOnly(Set<String> accepted) {
        values.keySet().stream().filter(key -> !accepted.contains(key)).findFirst().ifPresent(key -> {
            throw WireErrors.unknown(name(key));
        });
        return this;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    boolean isEmpty(String key) {
        return "".equals(values.get(key));
    }

    Set<String> keys() {
        return values.keySet();
    }

    Object raw(String key) {
        return values.get(key);
    }

    String string(String key, int maxLength) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw WireErrors.invalid(name(key), "Invalid string: " + name(key) + " must be a string");
        }
        if (text.length() > maxLength) {
            throw WireErrors.tooLong(name(key), maxLength);
        }
        return text;
    }

    String requiredString(String key, int maxLength) {
        if (!has(key)) {
            throw WireErrors.missing(name(key));
        }
        if (isEmpty(key)) {
            throw WireErrors.empty(name(key));
        }
        return string(key, maxLength);
    }

    /** A string where {@code ""} means the same as absent. */
    String optionalString(String key, int maxLength) {
        String text = string(key, maxLength);
        return text == null || text.isEmpty() ? null : text;
    }

    Long integer(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if ("".equals(value)) {
            throw WireErrors.empty(name(key));
        }
        if (!(value instanceof String text) || !INTEGER.matcher(text).matches()) {
            throw WireErrors.notInteger(name(key), String.valueOf(value));
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw WireErrors.notInteger(name(key), text);
        }
    }

    Long integer(String key, long minimum, long maximum) {
        Long value = integer(key);
        if (value != null && value < minimum) {
            throw WireErrors.integerBelow(name(key), minimum);
        }
        if (value != null && value > maximum) {
            throw WireErrors.integerAbove(name(key), maximum);
        }
        return value;
    }

    Boolean bool(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if ("".equals(value)) {
            throw WireErrors.empty(name(key));
        }
        String text = value instanceof String s ? (json ? s.toLowerCase(Locale.ROOT) : s) : String.valueOf(value);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw WireErrors.invalid(name(key), "Invalid boolean: " + WireErrors.abbreviate(text));
        };
    }

    /** An enum by its wire name; in JSON mode any case and {@code -} for {@code _} are tolerated (spec §12). */
    <E extends Enum<E>> E enumValue(String key, E[] accepted, Function<E, String> wireName) {
        List<String> names = Arrays.stream(accepted).map(wireName).toList();
        String wanted = oneOfStrings(key, names);
        return wanted == null ? null : accepted[names.indexOf(wanted)];
    }

    String oneOfStrings(String key, List<String> accepted) {
        String text = string(key, 5000);
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            throw WireErrors.empty(name(key));
        }
        String wanted = json ? text.toLowerCase(Locale.ROOT).replace('-', '_') : text;
        if (!accepted.contains(wanted)) {
            throw WireErrors.invalid(name(key), "Invalid " + name(key) + ": must be one of " + oneOf(accepted));
        }
        return wanted;
    }

    /** A nested hash, or null when absent; the caller handles {@code ""} first where unsetting is allowed. */
    @SuppressWarnings("unchecked")
    ParamReader object(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if ("".equals(value)) {
            throw WireErrors.empty(name(key));
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw WireErrors.invalid(name(key), "Invalid object: " + name(key) + " must be a hash");
        }
        return new ParamReader((Map<String, Object>) map, name(key), json);
    }

    /** A list of strings; {@code key=} is the empty list (spec §11.2). */
    List<String> stringList(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if ("".equals(value)) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw WireErrors.invalid(name(key), "Invalid array: " + name(key) + " must be an array");
        }
        List<String> strings = new ArrayList<>();
        for (Object element : list) {
            if (!(element instanceof String text)) {
                throw WireErrors.invalid(name(key), "Invalid array: " + name(key) + " must contain strings");
            }
            strings.add(text);
        }
        return strings;
    }

    static String oneOf(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" or ", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + ", or " + names.get(names.size() - 1);
    }
}
