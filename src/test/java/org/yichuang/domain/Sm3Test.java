package org.yichuang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yichuang.domain.cases.MaterialDigest;
import org.yichuang.domain.digest.Digests;
import org.yichuang.domain.digest.Sm3;

/** SM3 against the examples of GB/T 32905-2016 (appendix A) and at every padding boundary. */
class Sm3Test {
    @Test
    void theStandardsFirstExample() {
        assertThat(Digests.sm3("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void theStandardsSecondExampleOfTwoBlocks() {
        assertThat(Digests.sm3("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void theEmptyMessage() {
        assertThat(Digests.sm3(new byte[0])).isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }

    @Test
    void lengthsAroundTheBlockAndPaddingBoundariesGiveDistinctDigests() {
        Random random = new Random(7);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int length : new int[] {54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            byte[] digest = Sm3.digest(data);
            assertThat(digest).hasSize(32);
            assertThat(seen.add(HexFormat.of().formatHex(digest))).isTrue();
            assertThat(Sm3.digest(data.clone())).isEqualTo(digest);
        }
    }

    @Test
    void aMaterialDigestNoticesOneChangedByte() {
        byte[] pdf = "%PDF-1.7 specimen".getBytes(StandardCharsets.US_ASCII);
        MaterialDigest digest = MaterialDigest.of(pdf);
        assertThat(digest.sha256()).isEqualTo(Digests.sha256(pdf)).hasSize(64);
        assertThat(digest.matches(pdf)).isTrue();
        pdf[pdf.length - 1] ^= 1;
        assertThat(digest.matches(pdf)).isFalse();
    }
}
