package org.yichuang.device.idcard.ga467;

import org.yichuang.device.idcard.CardEditionsTest;
import org.yichuang.device.idcard.TextBlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzzer over the frame reader and the text decoder (seed and budget fixed, so a failure replays): any
 * byte stream yields frames or typed errors, every call makes progress, and nothing throws or hangs.
 */
class Ga467FuzzTest {
    private static final int BUDGET = 30_000;

    @Test
    void theFrameReaderOnlyEverAnswersFramesErrorsOrNeedMore() {
        Random random = new Random(4672019L);
        byte[] good = FrameCodec.reply(Status.SUCCESS, readData());
        long start = System.nanoTime();
        int frames = 0;
        int errors = 0;
        for (int run = 0; run < BUDGET; run++) {
            byte[] input = mutate(good, random);
            FrameReader reader = new FrameReader();
            int offset = 0;
            int steps = 0;
            while (offset < input.length || !(reader.next() instanceof FrameReader.NeedMore)) {
                if (offset < input.length) {
                    int chunk = Math.min(input.length - offset, 1 + random.nextInt(400));
                    reader.feed(input, offset, chunk);
                    offset += chunk;
                }
                FrameReader.Result r = reader.next();
                if (r instanceof FrameReader.Frame f) {
                    assertThat(f.body().length).isBetween(3, FrameCodec.MAX_LEN);
                    frames++;
                } else if (r instanceof FrameReader.Error) {
                    errors++;
                }
                assertThat(++steps).as("run %d makes progress", run).isLessThan(input.length * 2 + 100);
            }
        }
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(60);
        assertThat(frames).as("valid frames found among the mutants").isGreaterThan(BUDGET / 10);
        assertThat(errors).as("typed errors reported").isGreaterThan(BUDGET / 2);
    }

    @Test
    void theTextDecoderNeverThrowsOnAnyEdition() throws java.io.IOException {
        Random random = new Random(256L);
        byte[][] seeds = {TextBlock.encode(SpecimenTexts.RESIDENT), TextBlock.encode(SpecimenTexts.FOREIGNER),
            CardEditionsTest.fixture("fprc-2023-Y.bin"), CardEditionsTest.fixture("resident-rare-name.bin")};
        for (int run = 0; run < BUDGET; run++) {
            byte[] block = seeds[run % seeds.length].clone();
            for (int k = random.nextInt(12); k >= 0; k--) {
                block[random.nextInt(block.length)] = (byte) random.nextInt(256);
            }
            TextBlock.Result result = TextBlock.decode(run % 50 == 0 ? java.util.Arrays.copyOf(block, random.nextInt(300)) : block);
            assertThat(result).isNotNull();
            if (result instanceof TextBlock.Decoded d) {
                assertThat(d.text().idNumber()).hasSizeBetween(15, 18);
            }
        }
    }

    private static byte[] readData() {
        byte[] data = new byte[2 + 2 + 256 + 1024];
        data[0] = 0x01;
        data[2] = 0x04;
        System.arraycopy(TextBlock.encode(SpecimenTexts.RESIDENT), 0, data, 4, 256);
        return data;
    }

    private static byte[] mutate(byte[] good, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> java.util.Arrays.copyOf(good, random.nextInt(good.length)); // truncated
            case 1 -> { // noise
                byte[] noise = new byte[random.nextInt(3000)];
                random.nextBytes(noise);
                yield noise;
            }
            case 2 -> { // garbage before and after
                byte[] out = new byte[good.length + 40];
                random.nextBytes(out);
                System.arraycopy(good, 0, out, 20, good.length);
                yield out;
            }
            default -> { // flipped bytes, including in the length field
                byte[] out = good.clone();
                for (int k = random.nextInt(6); k >= 0; k--) {
                    out[random.nextInt(Math.min(out.length, random.nextBoolean() ? 12 : out.length))] = (byte) random.nextInt(256);
                }
                yield out;
            }
        };
    }
}
