package org.newsgraph.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against a schema of the OpenAPI document: the subset it uses ($ref, type
 * and type lists with null, oneOf, enum, required, properties, additionalProperties, items,
 * pattern). Returns what does not fit, each with its JSON path.
 */
final class SchemaCheck {

    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    List<String> check(JsonNode value, JsonNode schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "$", errors);
        return errors;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = document.at(s.get("$ref").asText().substring(1));
            if (s.isMissingNode()) {
                throw new AssertionError("no " + schema.get("$ref"));
            }
        }
        return s;
    }

    private void check(JsonNode value, JsonNode raw, String path, List<String> errors) {
        JsonNode schema = resolve(raw);
        if (schema.has("oneOf")) {
            int fits = 0;
            for (JsonNode option : schema.get("oneOf")) {
                fits += check(value, option).isEmpty() ? 1 : 0;
            }
            if (fits != 1) {
                errors.add(path + ": fits " + fits + " of oneOf");
            }
            return;
        }
        if (schema.has("type") && !typeFits(value, schema.get("type"))) {
            errors.add(path + ": " + value.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (schema.has("enum") && !value.isNull() && !contains(schema.get("enum"), value)) {
            errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("pattern") && value.isTextual() && !value.asText().matches(schema.get("pattern").asText())) {
            errors.add(path + ": " + value + " does not match " + schema.get("pattern"));
        }
        if (value.isObject()) {
            checkObject(value, schema, path, errors);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String path, List<String> errors) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(path + ": lacks " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), path + "." + field.getKey(), errors);
            } else if (additional.isBoolean() && !additional.asBoolean()) {
                errors.add(path + ": has " + field.getKey() + ", which the document does not name");
            } else if (additional.isObject()) {
                check(field.getValue(), additional, path + "." + field.getKey(), errors);
            }
        }
    }

    private static boolean typeFits(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeFits(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "null" -> value.isNull();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> throw new AssertionError("no type " + type);
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
