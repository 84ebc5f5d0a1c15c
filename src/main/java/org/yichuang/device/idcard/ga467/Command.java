package org.yichuang.device.idcard.ga467;

/**
 * GA/T 467 host commands (CMD, PARA), each with the length of its longest reply in bytes (preamble to CHK) and whether
 * the reader reads the card before it answers.
 */
public enum Command {
    RESET_SAM(0x10, 0xFF, 11, false),
    SAM_STATUS(0x11, 0xFF, 11, false),
    /** The SAM's 16-byte management information. */
    SAM_ID(0x12, 0xFF, 27, false),
    FIND_CARD(0x20, 0x01, 15, false),
    /** Select OK carries the card's 8-byte serial. */
    SELECT_CARD(0x20, 0x02, 19, false),
    /** 256 B text and 1024 B photo: 1295 bytes in all. */
    READ_TEXT_AND_PHOTO(0x30, 0x01, 1295, true),
    /** With a 1024 B fingerprint: 2321 bytes. */
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10, 2321, true);

    final int cmd;
    final int para;
    final int longestReply;
    final boolean readsCard;

    Command(int cmd, int para, int longestReply, boolean readsCard) {
        this.cmd = cmd;
        this.para = para;
        this.longestReply = longestReply;
        this.readsCard = readsCard;
    }
}
