package org.yichuang.device.idcard.ga467;

/** SW3 of a GA/T 467 reply. */
public enum Status {
    SUCCESS(0x90), CARD_FOUND(0x9F), FIND_FAILED(0x80), SELECT_FAILED(0x81), READ_FAILED(0x41), SAM_FAILED(0x60),
    UNKNOWN(-1);

    final int code;

    Status(int code) {
        this.code = code;
    }

    static Status of(int sw3) {
        for (Status s : values()) {
            if (s.code == sw3) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
