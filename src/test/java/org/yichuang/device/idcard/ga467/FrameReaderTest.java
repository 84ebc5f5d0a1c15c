package org.yichuang.device.idcard.ga467;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yichuang.device.idcard.ga467.FrameReader.Error;
import org.yichuang.device.idcard.ga467.FrameReader.Frame;
import org.yichuang.device.idcard.ga467.FrameReader.Kind;
import org.yichuang.device.idcard.ga467.FrameReader.NeedMore;

/** Frames from protocols.md and every way a serial line spoils them. */
class FrameReaderTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static List<FrameReader.Result> readAll(FrameReader reader) {
        List<FrameReader.Result> out = new ArrayList<>();
        for (FrameReader.Result r = reader.next(); !(r instanceof NeedMore); r = reader.next()) {
            out.add(r);
        }
        return out;
    }

    @Test
    void encodesRequestsWithTheirChecksum() {
        assertThat(FrameCodec.request(Command.FIND_CARD)).isEqualTo(hex("AA AA AA 96 69 00 03 20 01 22"));
        assertThat(FrameCodec.request(Command.SELECT_CARD)).isEqualTo(hex("AA AA AA 96 69 00 03 20 02 21"));
        assertThat(FrameCodec.request(Command.READ_TEXT_AND_PHOTO)).isEqualTo(hex("AA AA AA 96 69 00 03 30 01 32"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97, CARD_FOUND,    4
            AA AA AA 96 69 00 04 00 00 80 84,             FIND_FAILED,   0
            AA AA AA 96 69 00 04 00 00 81 85,             SELECT_FAILED, 0
            AA AA AA 96 69 00 04 00 00 41 45,             READ_FAILED,   0
            AA AA AA 96 69 00 04 00 00 60 64,             SAM_FAILED,    0
            AA AA AA 96 69 00 04 00 00 90 94,             SUCCESS,       0
            AA AA AA 96 69 00 04 00 00 33 37,             UNKNOWN,       0
            AA AA AA 96 69 00 04 01 00 90 95,             UNKNOWN,       0
            """)
    void decodesEveryStatusWord(String frame, Status status, int dataBytes) {
        FrameReader reader = new FrameReader();
        reader.feed(hex(frame));
        Frame f = (Frame) reader.next();
        assertThat(f.reply().status()).isEqualTo(status);
        assertThat(f.reply().data()).hasSize(dataBytes);
        assertThat(reader.buffered()).isZero();
    }

    @Test
    void rejectsABadChecksumAndRecoversOnTheNextFrame() {
        FrameReader reader = new FrameReader();
        reader.feed(hex("AA AA AA 96 69 00 04 00 00 80 85 AA AA AA 96 69 00 04 00 00 80 84"));
        List<FrameReader.Result> results = readAll(reader);
        assertThat(results.getFirst()).isEqualTo(new Error(Kind.BAD_CHECKSUM, 1));
        assertThat(results.getLast()).isInstanceOf(Frame.class);
    }

    @Test
    void skipsGarbageBetweenFrames() {
        FrameReader reader = new FrameReader();
        reader.feed(hex("00 FF 13 AA 96 AA AA AA 96 69 00 04 00 00 80 84 55 AA AA AA 96 69 00 04 00 00 81 85"));
        List<FrameReader.Result> results = readAll(reader);
        assertThat(results).filteredOn(Frame.class::isInstance).hasSize(2);
        assertThat(results).filteredOn(r -> r instanceof Error e && e.kind() == Kind.GARBAGE).isNotEmpty();
    }

    @Test
    void waitsForATruncatedFrameAndCompletesIt() {
        byte[] frame = FrameCodec.reply(Status.SUCCESS, new byte[2 + 2 + 256 + 1024]);
        FrameReader reader = new FrameReader();
        for (int i = 0; i < frame.length; i += 100) { // as the UART delivers it
            assertThat(reader.next()).isInstanceOf(NeedMore.class);
            reader.feed(frame, i, Math.min(100, frame.length - i));
        }
        assertThat(frame).hasSize(1295); // the read reply of protocols.md
        assertThat(((Frame) reader.next()).reply().data()).hasSize(1284);
    }

    @Test
    void refusesImpossibleLengths() {
        FrameReader reader = new FrameReader();
        reader.feed(hex("AA AA AA 96 69 00 02 00 00 AA AA AA 96 69 FF FF 00 00 90 AA AA AA 96 69 00 04 00 00 80 84"));
        List<FrameReader.Result> results = readAll(reader);
        assertThat(results).filteredOn(r -> r instanceof Error e && e.kind() == Kind.BAD_LENGTH).hasSize(2);
        assertThat(results.getLast()).isInstanceOf(Frame.class);
    }

    @Test
    void anOverLongFrameLeavesItsTailAsGarbage() {
        byte[] good = hex("AA AA AA 96 69 00 04 00 00 80 84");
        byte[] withTail = new byte[good.length + 3];
        System.arraycopy(good, 0, withTail, 0, good.length);
        FrameReader reader = new FrameReader();
        reader.feed(withTail);
        assertThat(reader.next()).isInstanceOf(Frame.class);
        assertThat(reader.next()).isEqualTo(new Error(Kind.GARBAGE, 3));
    }

    @Test
    void keepsAPreambleSplitAcrossReads() {
        FrameReader reader = new FrameReader();
        reader.feed(hex("12 34 AA AA"));
        assertThat(reader.next()).isEqualTo(new Error(Kind.GARBAGE, 2));
        assertThat(reader.next()).isInstanceOf(NeedMore.class);
        reader.feed(hex("AA 96 69 00 04 00 00 80 84"));
        assertThat(reader.next()).isInstanceOf(Frame.class);
    }

    @Test
    void clearDropsALateHalfFrame() {
        FrameReader reader = new FrameReader();
        reader.feed(hex("AA AA AA 96 69 05 08 00 00 90 01 00"));
        reader.clear();
        reader.feed(hex("AA AA AA 96 69 00 04 00 00 80 84"));
        assertThat(((Frame) reader.next()).reply().status()).isEqualTo(Status.FIND_FAILED);
    }
}
