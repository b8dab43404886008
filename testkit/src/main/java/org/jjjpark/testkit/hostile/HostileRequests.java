package org.jjjpark.testkit.hostile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates malformed requests for the operations of an OpenAPI document. Request {@code index} of a {@code seed}
 * is always the same request, whatever was generated before it, so any one can be replayed alone. Each starts
 * from a request the document describes as valid and carries one {@link Hostility}.
 */
public final class HostileRequests {

    static final String NO_CREDENTIALS = "none";
    static final String FORGED_CREDENTIALS = "forged";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper ASCII = JsonMapper.builder().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII).build();
    private static final String MARKER = "hostile-raw-value-marker";

    private final OpenApiDocument document;
    private final List<ApiOperation> operations;
    private final long seed;

    public HostileRequests(OpenApiDocument document, long seed) {
        this.document = document;
        this.operations = document.operations();
        this.seed = seed;
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("the document describes no operation under /api/");
        }
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /**
     * A request the document describes as valid, for finding out which credentials an operation accepts.
     */
    public HostileRequest valid(ApiOperation operation, String credential) {
        Draft draft = new Draft(operation, new Random(seed), credential);
        return draft.toRequest(seed, -1, null);
    }

    /**
     * Request {@code index}: a random operation, credentials from {@code acceptedCredentials} (those the operation
     * accepts) unless the hostility is about credentials, and one random applicable hostility.
     */
    public HostileRequest request(long index, Function<ApiOperation, List<String>> acceptedCredentials) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        ApiOperation operation = operations.get(random.nextInt(operations.size()));
        List<Hostility> applicable = Arrays.stream(Hostility.values()).filter(h -> h.appliesTo(operation))
                .flatMap(h -> java.util.Collections.nCopies(h.weight(), h).stream()).toList();
        Hostility hostility = applicable.get(random.nextInt(applicable.size()));
        List<String> accepted = acceptedCredentials.apply(operation);
        String credential = switch (hostility) {
            case NO_CREDENTIALS -> NO_CREDENTIALS;
            case FORGED_CREDENTIALS -> FORGED_CREDENTIALS;
            default -> accepted.get(random.nextInt(accepted.size()));
        };
        Draft draft = new Draft(operation, random, credential);
        draft.apply(hostility);
        return draft.toRequest(seed, index, hostility);
    }

    /** A request being made hostile: starts valid, then one part of it is spoilt. */
    private final class Draft {
        private final ApiOperation operation;
        private final Random random;
        private final ExampleValues examples;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final List<String[]> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Slot> slots = new ArrayList<>();
        private final String credential;
        private JsonNode body;
        private byte[] rawBody;
        private boolean asciiOnly;

        Draft(ApiOperation operation, Random random, String credential) {
            this.operation = operation;
            this.random = random;
            this.examples = new ExampleValues(document, random);
            this.credential = credential;
            if (FORGED_CREDENTIALS.equals(credential)) {
                headers.put("Authorization", pick(List.of("Bearer garbage", "Bearer ", "Bearer a.b.c", "Bearer eyJ",
                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbIm9wZXJhdG9yIl19.",
                        "Basic b3BlcmF0b3I6b3BlcmF0b3I=", "Bearer " + "x".repeat(3000), "Negotiate abc", "Beareré")));
            }
            for (ApiParameter p : operation.parametersIn("path")) {
                pathValues.put(p.name(), encode(examples.textOf(p.schema())));
            }
            for (ApiParameter p : operation.parametersIn("query")) {
                if (p.required()) {
                    query.add(new String[]{p.name(), encode(examples.textOf(p.schema()))});
                }
            }
            for (ApiParameter p : operation.parametersIn("header")) {
                if (p.required()) {
                    headers.put(p.name(), headerValue(p));
                }
            }
            if (operation.takesBody()) {
                String mediaType = operation.bodySchema() != null ? "application/json" : operation.bodyMediaTypes().get(0);
                headers.put("Content-Type", mediaType);
                body = operation.bodySchema() != null ? examples.valueOf(operation.bodySchema(), slots) : JSON.objectNode();
            }
        }

        void apply(Hostility hostility) {
            switch (hostility) {
                case WRONG_TYPE -> anySlot().ifPresentOrElse(s -> s.set(valueOfAnotherType(s.type())),
                        () -> body = valueOfAnotherType(SchemaTypes.typeOf(examples.effective(schemaOrEmpty()))));
                case MISSING_FIELD -> anySlot().ifPresentOrElse(Slot::remove, () -> body = JSON.objectNode());
                case EMPTY_OBJECT -> slotOf("object").ifPresentOrElse(s -> s.set(JSON.objectNode()),
                        () -> body = JSON.objectNode());
                case UNKNOWN_FIELD -> unknownField();
                case HUGE_STRING -> hugeString();
                case HUGE_ARRAY -> hugeArray();
                case ODD_TEXT -> {
                    asciiOnly = random.nextBoolean();
                    TextNode odd = TextNode.valueOf(pick(HostileValues.ODD_TEXT));
                    slotOf("string").or(this::anySlot).ifPresentOrElse(s -> s.set(odd), () -> body = odd);
                }
                case EXTREME_NUMBER -> raw(slotOf("integer").or(() -> slotOf("number")).or(this::anySlot),
                        pick(HostileValues.EXTREME_NUMBERS).getBytes(StandardCharsets.US_ASCII));
                case UNKNOWN_ENUM -> slotWithEnum().or(this::anySlot).ifPresentOrElse(
                        s -> s.set(TextNode.valueOf(pick(List.of("NOT_A_VALUE", "", "university", "UNIVERSITY ",
                                "\u0130NTERNSHIP", "0", "null")))), () -> body = TextNode.valueOf("NOT_A_VALUE"));
                case BROKEN_JSON -> brokenJson();
                case INVALID_UTF8 -> {
                    byte[] broken = pick(HostileValues.INVALID_UTF8);
                    byte[] quoted = new byte[broken.length + 2];
                    quoted[0] = '"';
                    System.arraycopy(broken, 0, quoted, 1, broken.length);
                    quoted[quoted.length - 1] = '"';
                    raw(slotOf("string").or(this::anySlot), quoted);
                }
                case DEEP_NESTING -> {
                    int depth = pick(List.of(1_200, 5_000, 50_000));
                    raw(anySlot(), ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII));
                }
                case NOT_AN_OBJECT -> rawBody = pick(HostileValues.NOT_AN_OBJECT).getBytes(StandardCharsets.UTF_8);
                case WRONG_CONTENT_TYPE -> {
                    String type = pick(Arrays.asList(null, "text/plain", "application/xml", "text/csv",
                            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                            "application/json; charset=utf-16", "application/json; charset=no-such-charset",
                            "application/json;;;", "*/*", "application/jsonx", "json", "application/",
                            "application/problem+json", "text/html; charset=utf-8"));
                    if (type == null) {
                        headers.remove("Content-Type");
                    } else {
                        headers.put("Content-Type", type);
                    }
                }
                case UNEXPECTED_BODY -> {
                    headers.put("Content-Type", "application/json");
                    rawBody = pick(List.of("{}", "{\"status\":\"APPROVED\"}", "[1,2,3]", "not json"))
                            .getBytes(StandardCharsets.UTF_8);
                }
                case BAD_PATH_PARAMETER -> {
                    List<String> names = new ArrayList<>(pathValues.keySet());
                    pathValues.put(names.get(random.nextInt(names.size())), pick(HostileValues.URL_PARTS));
                }
                case BAD_QUERY_PARAMETER -> {
                    List<ApiParameter> declared = operation.parametersIn("query");
                    ApiParameter p = declared.get(random.nextInt(declared.size()));
                    query.removeIf(q -> q[0].equals(p.name()));
                    query.add(new String[]{p.name(), pick(List.of(pick(HostileValues.URL_PARTS), "100000", "-5",
                            "0", "501", "", "9999999999"))});
                    if (random.nextInt(4) == 0) {
                        query.add(new String[]{p.name(), encode(examples.textOf(p.schema()))});
                    }
                }
                case UNKNOWN_QUERY_PARAMETER -> query.add(new String[]{pick(List.of("debug", "admin", "where",
                        "sort", "x%00", "%ED%A0%80", "limit%5B%5D", "_method")), pick(HostileValues.URL_PARTS)});
                case BAD_HEADER -> {
                    String name = pick(List.of("Accept", "If-Match", "If-None-Match", "Idempotency-Key",
                            "X-Request-Id", "X-HTTP-Method-Override", "Accept-Charset", "Accept-Language"));
                    headers.put(name, pick(List.of("application/xml", "text/html", "*/*;q=bogus", "garbage",
                            "\"-1\"", "W/\"99999999999999999999\"", "*", "", "k".repeat(4000), "DELETE",
                            "application/problem+json", "text/csv", "\u00e9\u00e8", "\"\"", "1, 2, 3")));
                }
                case NO_CREDENTIALS, FORGED_CREDENTIALS -> {
                    // The credentials were chosen with the operation; the request itself stays valid.
                }
            }
        }

        private void unknownField() {
            ObjectNode target = slots.stream().map(Slot::container).filter(c -> c instanceof ObjectNode)
                    .map(c -> (ObjectNode) c).findAny().orElse(body instanceof ObjectNode o ? o : null);
            JsonNode value = pick(List.of(TextNode.valueOf("APPROVED"), JSON.numberNode(100), JSON.booleanNode(true),
                    JSON.objectNode(), JSON.nullNode(), TextNode.valueOf(java.util.UUID.randomUUID().toString())));
            if (target == null) {
                body = JSON.objectNode().set(pick(HostileValues.UNKNOWN_FIELDS), value);
            } else {
                target.set(pick(HostileValues.UNKNOWN_FIELDS), value);
            }
        }

        private void hugeString() {
            int length = pick(List.of(5_000, 100_000, 1_200_000));
            String chunk = pick(List.of("x", "\u4E2D", "\\", "\u00e9", " "));
            TextNode huge = TextNode.valueOf(chunk.repeat(length / chunk.length()));
            slotOf("string").or(this::anySlot).ifPresentOrElse(s -> s.set(huge), () -> body = huge);
        }

        private void hugeArray() {
            int size = pick(List.of(10_000, 200_000));
            ArrayNode array = JSON.arrayNode(size);
            java.util.Optional<Slot> arraySlot = slotOf("array");
            JsonNode element = arraySlot.map(s -> examples.valueOf(s.schema().path("items"), new ArrayList<>()))
                    .orElse(JSON.numberNode(1));
            for (int i = 0; i < size; i++) {
                array.add(element);
            }
            arraySlot.or(this::anySlot).ifPresentOrElse(s -> s.set(array), () -> body = array);
        }

        private void brokenJson() {
            String valid = body == null ? "{\"a\":1}" : body.toString();
            String broken = switch (random.nextInt(12)) {
                case 0 -> valid.substring(0, random.nextInt(Math.max(1, valid.length())));
                case 1 -> valid + "}}";
                case 2 -> valid.replaceFirst("\"", "");
                case 3 -> valid.replace(':', '=');
                case 4 -> valid.replace('"', '\'');
                case 5 -> valid.replaceFirst("}$", ",}");
                case 6 -> "/* comment */" + valid;
                case 7 -> "";
                case 8 -> "   \n\t ";
                case 9 -> "\uFEFF" + valid;
                case 10 -> valid.replaceFirst("\\{", "{\"a\":1,\"a\":");
                default -> "{\"a\":\"unterminated";
            };
            rawBody = broken.getBytes(StandardCharsets.UTF_8);
        }

        /** Puts {@code raw} bytes where {@code slot}'s value is (or as the whole body), unescaped. */
        private void raw(java.util.Optional<Slot> slot, byte[] raw) {
            if (slot.isEmpty()) {
                rawBody = raw;
                return;
            }
            slot.get().set(TextNode.valueOf(MARKER));
            byte[] serialized = serialize(body);
            byte[] marker = ("\"" + MARKER + "\"").getBytes(StandardCharsets.US_ASCII);
            int at = indexOf(serialized, marker);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(serialized, 0, at);
            out.writeBytes(raw);
            out.write(serialized, at + marker.length, serialized.length - at - marker.length);
            rawBody = out.toByteArray();
        }

        private JsonNode valueOfAnotherType(String type) {
            List<JsonNode> others = new ArrayList<>(List.of(TextNode.valueOf("text"), JSON.numberNode(42),
                    JSON.numberNode(-1.5), JSON.booleanNode(false), JSON.objectNode().put("nested", 1),
                    JSON.arrayNode().add("item"), JSON.nullNode()));
            others.removeIf(v -> switch (type) {
                case "string" -> v.isTextual();
                case "integer", "number" -> v.isNumber();
                case "boolean" -> v.isBoolean();
                case "object" -> v.isObject();
                case "array" -> v.isArray();
                default -> false;
            });
            return pick(others);
        }

        private JsonNode schemaOrEmpty() {
            return operation.bodySchema() == null ? JSON.objectNode() : operation.bodySchema();
        }

        private java.util.Optional<Slot> anySlot() {
            return slots.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pick(slots));
        }

        private java.util.Optional<Slot> slotOf(String type) {
            List<Slot> matching = slots.stream().filter(s -> s.type().equals(type)).toList();
            return matching.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pick(matching));
        }

        private java.util.Optional<Slot> slotWithEnum() {
            List<Slot> matching = slots.stream().filter(s -> s.schema().has("enum")).toList();
            return matching.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pick(matching));
        }

        private String headerValue(ApiParameter parameter) {
            return examples.textOf(parameter.schema());
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        HostileRequest toRequest(long seed, long index, Hostility hostility) {
            String path = operation.pathTemplate();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            StringBuilder target = new StringBuilder(path);
            for (int i = 0; i < query.size(); i++) {
                target.append(i == 0 ? '?' : '&').append(query.get(i)[0]).append('=').append(query.get(i)[1]);
            }
            byte[] bytes = rawBody != null ? rawBody : body == null ? null : serialize(body);
            return new HostileRequest(seed, index, hostility, operation, credential, operation.method(),
                    target.toString(), Map.copyOf(headers), bytes);
        }

        private byte[] serialize(JsonNode value) {
            try {
                return (asciiOnly ? ASCII : PLAIN).writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a generated body", e);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("marker not found in the generated body");
    }
}
