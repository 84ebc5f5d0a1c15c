package org.yichuang.platform.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.platform.Json;
import org.yichuang.usecase.port.PlatformException;

/**
 * A seeded fuzzer over the reply parser: mutated valid replies and raw noise must give a value or a
 * BAD_RESPONSE, never another exception, and quickly. The seed and budget are in the test so a failure replays.
 */
class ReplyReaderFuzzTest {
    private static final String VALID = """
            {"caseNumber":"202611220000012","subjectType":"ITEM","subjectCode":"GA-3001","subjectName":"居民身份证换领",
             "status":"ACCEPTED","applicant":{"name":"张三","idType":"RESIDENT_ID","idNumber":"11010519491231002X",
             "sex":"FEMALE","nation":"汉","birthDate":"1949-12-31","address":"北京市","phone":"13800000000"},
             "formData":{"applicant.name":"张三"},"materials":[{"materialId":"id-card","name":"身份证","provision":"PAPER",
             "dueDate":null,"uploaded":false,"sizeBytes":0,"sha256":null}],"channel":"WINDOW","window":"01",
             "clerk":"clerk01","acceptedAt":"2026-11-22T10:00:00+08:00","promisedBy":"2026-11-27",
             "timeline":[{"status":"ACCEPTED","at":"2026-11-22T10:00:00+08:00","note":"已受理"}]}""";
    private static final byte[] TOKENS = "{}[]\":,0123456789.-+eE nulltruefalse\\u\u4e2d".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper json = Json.mapper();
    private final ReplyReader reader = new ReplyReader(json);
    private final JavaType type = json.getTypeFactory().constructType(CaseRecord.class);

    @Test
    void mutatedRepliesGiveAValueOrABadResponse() {
        Random random = new Random(467_2019L);
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        for (int run = 0; run < 20_000; run++) {
            byte[] input = run % 10 == 0 ? noise(random) : mutate(valid, random);
            parse(input, run);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 20,000 inputs").isLessThan(60_000);
    }

    private void parse(byte[] input, int run) {
        Response response = new Response.Builder().request(new Request.Builder().url("http://127.0.0.1/").build())
                .protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create(input, MediaType.get("application/json"))).build();
        try {
            CaseRecord record = reader.read(response, type);
            assertThat(record).isNotNull();
        } catch (PlatformException e) {
            assertThat(e.kind()).isEqualTo(PlatformException.Kind.BAD_RESPONSE);
        } catch (Exception e) {
            fail("run " + run + " threw " + e + " for input " + new String(input, StandardCharsets.UTF_8));
        }
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] out = valid.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = TOKENS[random.nextInt(TOKENS.length)];
                case 1 -> out[at] = (byte) random.nextInt(256);
                case 2 -> out = java.util.Arrays.copyOf(out, at); // truncated
                default -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at);
                    longer[at] = TOKENS[random.nextInt(TOKENS.length)];
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
            }
            if (out.length == 0) {
                break;
            }
        }
        return out;
    }

    private static byte[] noise(Random random) {
        byte[] out = new byte[random.nextInt(200)];
        for (int i = 0; i < out.length; i++) {
            out[i] = TOKENS[random.nextInt(TOKENS.length)];
        }
        return out;
    }
}
