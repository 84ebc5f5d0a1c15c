package org.yichuang.device.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SscApdusTest {
    @Test
    void selectsTheApplicationByItsGbkName() {
        byte[] aid = java.util.Arrays.copyOfRange(SscApdus.SELECT_APPLICATION, 5, 20);
        assertThat(new String(aid, SscApdus.GBK)).isEqualTo("sx1.sh.社会保障");
    }

    @Test
    void readsTlvRecordsAndGbkNames() {
        byte[] name = new byte[32];
        java.util.Arrays.fill(name, (byte) ' ');
        name[0] = 0x09;
        name[1] = 0x1E;
        byte[] gbk = "李梅".getBytes(SscApdus.GBK);
        System.arraycopy(gbk, 0, name, 2, gbk.length);
        assertThat(SscApdus.text(SscApdus.value(0x09, name))).isEqualTo("李梅");
        assertThat(SscApdus.value(0x08, new byte[] {0x08, 0x7F, 1})).as("a length past the data: taken whole").hasSize(3);
    }

    @Test
    void readsBcdDatesAndCodes() {
        assertThat(SscApdus.bcdDate(new byte[] {0x19, (byte) 0x88, 0x03, 0x12})).isEqualTo(LocalDate.of(1988, 3, 12));
        assertThat(SscApdus.bcdDate(new byte[] {0x19, (byte) 0x88, 0x13, 0x12})).isNull();
        assertThat(SscApdus.bcdDate(new byte[] {0x1A})).isNull();
        assertThat(SscApdus.code(new byte[] {'2'})).isEqualTo(2);
        assertThat(SscApdus.code(new byte[] {0x01})).isEqualTo(1);
        assertThat(SscApdus.code(new byte[0])).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            SCardEstablishContext got response 0x8010001d, NO_SERVICE
            SCARD_E_NO_SERVICE,                              NO_SERVICE
            list() failed SCARD_E_INVALID_HANDLE,            NO_SERVICE
            SCARD_E_NO_READERS_AVAILABLE,                    NO_READER
            SCARD_W_REMOVED_CARD,                            CARD_REMOVED
            SCARD_E_NOT_TRANSACTED,                          CARD_REMOVED
            SCARD_W_UNRESPONSIVE_CARD,                       CARD_UNRESPONSIVE
            something else,                                  FAILED
            """)
    void explainsPcscErrors(String message, SscException.Reason reason) {
        assertThat(PcscProblems.reasonOf(new CardException("wrapped", new Exception(message.toUpperCase().contains("0X8010001D")
                ? "SCARD_E_NO_SERVICE" : message)))).isEqualTo(reason);
    }
}
