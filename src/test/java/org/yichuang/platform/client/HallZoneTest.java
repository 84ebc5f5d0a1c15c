package org.yichuang.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.yichuang.documents.PdfCaseDocuments;
import org.yichuang.domain.cases.CaseRecord;
import org.yichuang.domain.cases.DocumentKind;
import org.yichuang.usecase.port.CaseDocuments.DocumentContext;

/**
 * Field case (issue 11, kind 4): a platform that writes its times in UTC (`...Z`). The 一次性告知书 of
 * field-2/api/notify-wang.json printed 29日 20:19 when it was 30日 04:19 in Xi'an. The tests run under TZ=UTC.
 */
class HallZoneTest {
    private static final ZoneId XIAN = ZoneId.of("Asia/Shanghai");

    /** The platform's reply to notify-wang.json, its instants written in UTC. */
    private static String replyInUtc() throws Exception {
        String sent;
        try (var in = HallZoneTest.class.getResourceAsStream("/field-2/api/notify-wang.json")) {
            sent = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        return sent.substring(0, sent.length() - 1) + """
                ,"caseNumber":"202611300000015","subjectName":"居民身份证补领","status":"NOTIFIED",
                 "clerk":"clerk01","acceptingRegion":"610000","handlingRegion":"610000",
                 "acceptedAt":"2026-11-29T20:19:00Z","promisedBy":null,
                 "timeline":[{"status":"NOTIFIED","at":"2026-11-29T20:19:00Z","note":"一次性告知"}]}""";
    }

    @Test
    void instantsFromThePlatformAreTheHallsWhateverOffsetItWrote() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(reply(HttpPlatformFaultTest.SESSION));
            server.enqueue(reply(replyInUtc()));
            server.start();
            HttpPlatform client = new HttpPlatform(server.url("/").uri(), XIAN);
            client.signIn("clerk01", "yichuang01".toCharArray());
            CaseRecord r = client.caseRecord("202611300000015");
            assertThat(r.acceptedAt()).hasToString("2026-11-30T04:19+08:00");
            assertThat(r.timeline().getFirst().at().toLocalDate()).hasToString("2026-11-30");
            assertThat(printed(r)).contains("2026年11月30日 04:19").doesNotContain("29日");
        }
    }

    private static MockResponse reply(String json) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json).build();
    }

    @Test
    void theDocumentsPrintTheHallsTimeEvenForARecordInUtc() throws Exception {
        CaseRecord utc = org.yichuang.documents.Samples.forKind(DocumentKind.NOTIFICATION);
        CaseRecord inUtc = utc.atZone(ZoneId.of("UTC"));
        assertThat(printed(inUtc)).isEqualTo(printed(utc.atZone(XIAN)));
    }

    private static String printed(CaseRecord r) throws Exception {
        byte[] pdf = new PdfCaseDocuments(Optional.empty(), XIAN).document(DocumentKind.NOTIFICATION, r,
                new DocumentContext("西安市政务服务中心", "李明", "12345", "综合窗口", java.util.List.of()));
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
