package org.yichuang.device.card.pcsc;

import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The commands that read a social security card and the pure decoding of their answers (protocols.md). Records are
 * TLV (tag = record number, length, value); names are GBK; the birth date is BCD.
 */
final class SscApdus {
    static final Charset GBK = Charset.forName("GBK");
    static final byte[] SELECT_APPLICATION = hex("00A404000F7378312E73682EC9E7BBE1B1A3D5CF");
    static final byte[] READ_CARD_NUMBER = hex("00B2072C0B");
    static final byte[] SELECT_EF06 = hex("00A4020002EF06");
    static final int RECORD_SSN = 0x08;
    static final int RECORD_NAME = 0x09;
    static final int RECORD_SEX = 0x0A;
    static final int RECORD_NATION = 0x0B;
    static final int RECORD_BIRTH_DATE = 0x0D;

    private SscApdus() {
    }

    static byte[] readRecord(int record, int length) {
        return new byte[] {0x00, (byte) 0xB2, (byte) record, 0x04, (byte) length};
    }

    /** The value of a TLV record whose tag is its record number; the whole record when it carries no tag. */
    static byte[] value(int record, byte[] data) {
        if (data.length >= 2 && (data[0] & 0xFF) == record && (data[1] & 0xFF) <= data.length - 2) {
            return Arrays.copyOfRange(data, 2, 2 + (data[1] & 0xFF));
        }
        return data;
    }

    static String text(byte[] value) {
        int end = value.length;
        while (end > 0 && (value[end - 1] == 0 || value[end - 1] == ' ' || value[end - 1] == (byte) 0xFF)) {
            end--;
        }
        return new String(value, 0, end, GBK).strip();
    }

    /** BCD yyyyMMdd; null when the digits are not a date. */
    static LocalDate bcdDate(byte[] value) {
        if (value.length < 4) {
            return null;
        }
        String digits = HexFormat.of().formatHex(value, 0, 4);
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** A one-byte code stored either as an ASCII digit or as a number. */
    static int code(byte[] value) {
        if (value.length == 0) {
            return -1;
        }
        int b = value[0] & 0xFF;
        return b >= '0' && b <= '9' && value.length == 1 ? b - '0' : b;
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }
}
