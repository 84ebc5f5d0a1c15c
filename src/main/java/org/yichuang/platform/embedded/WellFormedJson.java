package org.yichuang.platform.embedded;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yichuang.domain.text.TypedText;
import org.yichuang.platform.Problem.FieldProblem;

/**
 * Reads a request body as a JSON tree and refuses text that is not well-formed (contract: "Text"): bytes that are not
 * UTF-8, and strings with unpaired surrogates ({@code "\ud800"}), noncharacters or control characters. Either gives
 * 422 with a problem naming the field as a JSON pointer, so the client knows which value to fix.
 */
final class WellFormedJson {
    private WellFormedJson() {
    }

    static JsonNode read(ObjectMapper json, byte[] body) throws IOException {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (StreamReadException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("UTF-8")) {
                String where = e.getProcessor() instanceof JsonParser p ? p.getParsingContext().pathAsPointer().toString() : "";
                throw unprocessable(List.of(new FieldProblem(field(where), "not well-formed UTF-8 text")));
            }
            throw e;
        }
        List<FieldProblem> problems = new ArrayList<>();
        check(tree, "", problems);
        if (!problems.isEmpty()) {
            throw unprocessable(problems);
        }
        return tree;
    }

    private static void check(JsonNode node, String pointer, List<FieldProblem> problems) {
        if (node == null || problems.size() >= 20) {
            return;
        }
        if (node.isTextual() && !TypedText.wellFormed(node.textValue())) {
            problems.add(new FieldProblem(field(pointer), "not well-formed text (unpaired surrogate, noncharacter or control character)"));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!TypedText.wellFormed(e.getKey())) {
                    problems.add(new FieldProblem(field(pointer), "a property name is not well-formed text"));
                } else {
                    check(e.getValue(), pointer + "/" + e.getKey(), problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    /** {@code /applicant/name} as the field names problems use elsewhere: {@code applicant.name}. */
    private static String field(String pointer) {
        return pointer.isEmpty() || pointer.equals("/") ? "body" : pointer.substring(1).replace('/', '.');
    }

    private static ApiError unprocessable(List<FieldProblem> problems) {
        return new ApiError(422, "Unprocessable Content", "the request holds text that is not well-formed", problems);
    }
}
