package io.paymentledger.gateway.web;

import io.paymentledger.messages.error.PaymentErrorCode;

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
 * Typed access to one level of a request's parameter tree, for every endpoint. It knows its own bracket path, so
 * every error names the wire parameter exactly ({@code shipping[address][line1]}). Absent parameters read as null;
 * callers decide what an empty string means because only some fields may be unset with one.
 */
public final class ParamReader {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    private final Map<String, Object> values;
    private final String path;
    private final boolean json;

    private ParamReader(Map<String, Object> values, String path, boolean json) {
        this.values = values;
        this.path = path;
        this.json = json;
    }

    public static ParamReader of(RequestParams params) {
        return new ParamReader(params.tree(), "", params.json());
    }

    public boolean json() {
        return json;
    }

    public String name(String key) {
        return path.isEmpty() ? key : path + "[" + key + "]";
    }

    /** Rejects the first parameter, in request order, that this level does not accept. */
    public ParamReader allowOnly(Set<String> accepted) {
        values.keySet().stream().filter(key -> !accepted.contains(key)).findFirst().ifPresent(key -> {
            throw ParamErrors.unknown(name(key));
        });
        return this;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public boolean isEmpty(String key) {
        return "".equals(values.get(key));
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public Object raw(String key) {
        return values.get(key);
    }

    public String string(String key, int maxLength) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ParamErrors.invalid(name(key), "Invalid string: " + name(key) + " must be a string");
        }
        if (text.length() > maxLength) {
            throw ParamErrors.tooLong(name(key), maxLength);
        }
        return text;
    }

    public String requiredString(String key, int maxLength) {
        if (!has(key)) {
            throw ParamErrors.missing(name(key));
        }
        if (isEmpty(key)) {
            throw ParamErrors.empty(name(key));
        }
        return string(key, maxLength);
    }

    /** A string where {@code ""} means the same as absent. */
    public String optionalString(String key, int maxLength) {
        String text = string(key, maxLength);
        return text == null || text.isEmpty() ? null : text;
    }

    public Long integer(String key) {
        Object value = nonEmpty(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || !INTEGER.matcher(text).matches()) {
            throw ParamErrors.notInteger(name(key), String.valueOf(value));
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ParamErrors.notInteger(name(key), text);
        }
    }

    public Long integer(String key, long minimum, long maximum) {
        Long value = integer(key);
        if (value != null && value < minimum) {
            throw ParamErrors.integerBelow(name(key), minimum);
        }
        if (value != null && value > maximum) {
            throw ParamErrors.integerAbove(name(key), maximum);
        }
        return value;
    }

    public Boolean bool(String key) {
        Object value = nonEmpty(key);
        if (value == null) {
            return null;
        }
        String text = value instanceof String s ? (json ? s.toLowerCase(Locale.ROOT) : s) : String.valueOf(value);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ParamErrors.invalid(name(key), "Invalid boolean: " + ParamErrors.abbreviate(text));
        };
    }

    /** An enum by its wire name; in JSON mode any case and {@code -} for {@code _} are tolerated (docs/api.md §12). */
    public <E extends Enum<E>> E enumValue(String key, E[] accepted, Function<E, String> wireName) {
        List<String> names = Arrays.stream(accepted).map(wireName).toList();
        String wanted = oneOfStrings(key, names);
        return wanted == null ? null : accepted[names.indexOf(wanted)];
    }

    public String oneOfStrings(String key, List<String> accepted) {
        String text = string(key, 5000);
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            throw ParamErrors.empty(name(key));
        }
        String wanted = json ? text.toLowerCase(Locale.ROOT).replace('-', '_') : text;
        if (!accepted.contains(wanted)) {
            throw ParamErrors.invalid(name(key), "Invalid " + name(key) + ": must be one of " + oneOf(accepted));
        }
        return wanted;
    }

    /** A nested hash, or null when absent; the caller handles {@code ""} first where unsetting is allowed. */
    @SuppressWarnings("unchecked")
    public ParamReader object(String key) {
        Object value = nonEmpty(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw ParamErrors.invalid(name(key), "Invalid object: " + name(key) + " must be a hash");
        }
        return new ParamReader((Map<String, Object>) map, name(key), json);
    }

    /** A list of hashes ({@code key[0][field]=…} or a JSON array of objects) named by place; null when absent. */
    @SuppressWarnings("unchecked")
    public List<ParamReader> objects(String key) {
        Object value = nonEmpty(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw ParamErrors.invalid(name(key), "Invalid array: " + name(key) + " must be an array");
        }
        List<ParamReader> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemName = name(key) + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw ParamErrors.invalid(itemName, "Invalid object: " + itemName + " must be a hash");
            }
            objects.add(new ParamReader((Map<String, Object>) map, itemName, json));
        }
        return objects;
    }

    /** A list of strings; {@code key=} is the empty list (docs/api.md §11.2). */
    public List<String> stringList(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if ("".equals(value)) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw ParamErrors.invalid(name(key), "Invalid array: " + name(key) + " must be an array");
        }
        List<String> strings = new ArrayList<>();
        for (Object element : list) {
            if (!(element instanceof String text)) {
                throw ParamErrors.invalid(name(key), "Invalid array: " + name(key) + " must contain strings");
            }
            strings.add(text);
        }
        return strings;
    }

    /** The raw value, null when absent; {@code ""} is refused as {@code parameter_invalid_empty}. */
    private Object nonEmpty(String key) {
        Object value = values.get(key);
        if ("".equals(value)) {
            throw ParamErrors.empty(name(key));
        }
        return value;
    }

    // The events and webhook endpoints have always read their parameters more laxly than Stripe's intent
    // endpoints do; these three keep their answers as they were.

    /** A string of any length where {@code ""} means absent; anything else is {@code Invalid string: key}. */
    public String laxString(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ParamErrors.invalid(name(key), "Invalid string: " + name(key));
        }
        return text.isEmpty() ? null : text;
    }

    /** One string, a list ({@code x[]=}, {@code x[0]=}) or a hash of strings; absent and {@code ""} are empty. */
    public List<String> laxStrings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text) {
            return text.isEmpty() ? List.of() : List.of(text);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        if (value instanceof Map<?, ?> map && map.values().stream().allMatch(String.class::isInstance)) {
            return map.values().stream().map(String.class::cast).toList();
        }
        throw ParamErrors.invalid(name(key), "Invalid array: " + name(key));
    }

    /** Whatever {@link Long#parseLong} accepts; anything else is {@code Invalid integer: <value>}. */
    public Long laxInteger(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            throw ParamErrors.of(PaymentErrorCode.PARAMETER_INVALID_INTEGER, "Invalid integer: " + value, name(key));
        }
    }

    private static String oneOf(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" or ", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + ", or " + names.get(names.size() - 1);
    }
}
