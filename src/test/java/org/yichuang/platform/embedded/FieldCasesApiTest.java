package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.platform.RawHttp;
import org.yichuang.platform.TestPlatform;

/**
 * Field cases (issue 8, kinds 6 and 7) at the platform's door, over real HTTP: identifiers stored in one canonical
 * form, lengths counted in characters, and text that is not well-formed refused with 422 naming the field.
 */
class FieldCasesApiTest {
    private static TestPlatform platform;
    private static RawHttp raw;
    private static String token;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        raw = new RawHttp(platform.server.baseUri());
        token = raw.token();
    }

    @AfterAll
    static void stop() {
        platform.close();
        platform.deleteData();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = FieldCasesApiTest.class.getResourceAsStream("/field-1/api/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> post(byte[] body) {
        return raw.send("POST", "/api/v1/cases", "application/json", body, "Authorization", "Bearer " + token,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static HttpResponse<String> post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBaseSubmissionIsRecorded() throws IOException {
        assertThat(post(fixture("notify-base.json")).statusCode()).isEqualTo(201);
    }

    @Test
    void aLowerCaseXIsStoredUpperCase() throws IOException {
        var reply = post(fixture("notify-lowercase-x.json"));
        assertThat(reply.statusCode()).isEqualTo(201);
        assertThat(reply.body()).contains("\"idNumber\":\"11010519491231002X\"").doesNotContain("1231002x");
    }

    @Test
    void thirtyOneExtensionBCharactersAreThirtyOneNotSixtyTwo() throws IOException {
        String body = fixture("notify-extb-31.json");
        var reply = post(body);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(reply.body()).contains("\uD842\uDFB7".repeat(31)); // U+20BB7 𠮷, each one character
    }

    @Test
    void sixtyOneCharactersAreTooManyHoweverTheyAreEncoded() throws IOException {
        String body = fixture("notify-base.json").replace("\"张三\"", "\"" + "\uD842\uDFB7".repeat(61) + "\"");
        var reply = post(body);
        assertThat(reply.statusCode()).isEqualTo(422);
        assertThat(reply.body()).contains("applicant.name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "+86 13800138000"                      | 13800138000
            "0086-138-0013-8000"                   | 13800138000
            "\\u202d13800138000\\u202c"            | 13800138000
            "１３８００１３８０００"                  | 13800138000
            "029-88886666"                         | 02988886666
            "(0917) 3216888"                       | 09173216888
            """)
    void phonesAreStoredAsDigits(String typed, String stored) throws IOException {
        var reply = post(fixture("notify-base.json").replace("\"13800000000\"", typed));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(reply.body()).contains("\"phone\":\"" + stored + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"falu", "faluyuan", "falü", "fa'lv", "FALU", "ｆａｌｕ　ｙｕａｎ", "fa lv yuan zhu", "Fa’Lü", "flyz"})
    void everySpellingFindsWhatThePlainSpellingFinds(String typed) {
        var search = new org.yichuang.usecase.SearchCatalogue(platform.client);
        var plain = search.search("falu", 5).items();
        assertThat(plain).extracting(i -> i.name()).contains("法律援助申请");
        assertThat(search.search(typed, 5).items().getFirst().name()).as(typed).isEqualTo("法律援助申请");
    }

    @Test
    void anUnpairedSurrogateIsRefusedNamingTheField() throws IOException {
        var reply = post(fixture("notify-base.json").replace("\"张三\"", "\"张\\ud800三\""));
        assertThat(reply.statusCode()).isEqualTo(422);
        assertThat(reply.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(reply.body()).contains("\"field\":\"applicant.name\"").contains("well-formed");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheField() throws IOException {
        byte[] body = fixture("notify-base.json").getBytes(StandardCharsets.UTF_8);
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.substring(0, text.indexOf("某某街道")).getBytes(StandardCharsets.UTF_8).length;
        body[at] = (byte) 0xC0; // an overlong lead byte, as a GBK file sent as UTF-8 would give
        body[at + 1] = (byte) 0x20;
        var reply = post(body);
        assertThat(reply.statusCode()).isEqualTo(422);
        assertThat(reply.body()).contains("applicant.address").contains("UTF-8");
    }

    @Test
    void aControlCharacterInAFormValueIsRefused() throws IOException {
        String body = fixture("notify-base.json").replace("\"channel\"", "\"formData\":{\"note\":\"a\\u0007b\"},\"channel\"");
        var reply = post(body);
        assertThat(reply.statusCode()).isEqualTo(422);
        assertThat(reply.body()).contains("formData.note");
    }
}
