package org.yichuang.device.idcard.ga467;

/** GA/T 467 host commands (CMD, PARA). */
public enum Command {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    SAM_ID(0x12, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_TEXT_AND_PHOTO(0x30, 0x01),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10);

    final int cmd;
    final int para;

    Command(int cmd, int para) {
        this.cmd = cmd;
        this.para = para;
    }
}
