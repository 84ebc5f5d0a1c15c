import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.yichuang.device.idcard.ga467.CardText;
import org.yichuang.device.idcard.ga467.FrameCodec;
import org.yichuang.device.idcard.ga467.FrameReader;
import org.yichuang.device.idcard.ga467.Ga467Emulator;
import org.yichuang.device.idcard.ga467.Ga467Reader;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.ga467.Status;
import org.yichuang.device.idcard.ga467.TextBlock;
import org.yichuang.domain.applicant.IdDocumentType;
import org.yichuang.domain.applicant.Sex;

/**
 * (a) the client's work from the last byte of the read reply to the applicant (frame reassembly + text decoding);
 * (b) a whole find → select → read cycle over a socat pty pair with the emulator paced at 115200 baud, against the
 * time its bytes need on the wire. Arguments: the two pty paths.
 */
public class IdCardBench {
    public static void main(String[] args) throws Exception {
        CardText card = new CardText(IdDocumentType.RESIDENT_ID, "李梅", Sex.FEMALE, "汉", java.time.LocalDate.of(1988, 3, 12),
                "陕西省西安市雁塔区科技路100号样例小区2号楼1单元301室", "610113198803124523", "西安市公安局雁塔分局",
                java.time.LocalDate.of(2018, 5, 1), java.time.LocalDate.of(2038, 5, 1), null, null, null, null);
        byte[] data = new byte[4 + 256 + 1024];
        data[0] = 0x01;
        data[2] = 0x04;
        System.arraycopy(TextBlock.encode(card), 0, data, 4, 256);
        byte[] reply = FrameCodec.reply(Status.SUCCESS, data);
        for (int i = 0; i < 20_000; i++) { // warm up
            decode(reply);
        }
        long[] decodes = new long[2000];
        for (int i = 0; i < decodes.length; i++) {
            long s = System.nanoTime();
            decode(reply);
            decodes[i] = System.nanoTime() - s;
        }
        Arrays.sort(decodes);
        System.out.printf("(a) last byte -> applicant: median %.1f us, p99 %.1f us (reply %d bytes)%n",
                decodes[decodes.length / 2] / 1e3, decodes[decodes.length * 99 / 100] / 1e3, reply.length);

        int baud = 115200;
        int wireBytes = 3 * 10 + 15 + 19 + reply.length; // three requests; find, select and read replies
        double wireMs = wireBytes * 10.0 * 1000 / baud;
        try (Ga467Emulator emulator = new Ga467Emulator(JSerialCommLink.open(args[0], baud))) {
            emulator.pace(baud);
            Ga467Reader reader = new Ga467Reader("bench", () -> JSerialCommLink.open(args[1], baud));
            int runs = Integer.parseInt(System.getProperty("runs", "15"));
            double[] cycles = new double[runs];
            for (int i = -2; i < runs; i++) {
                emulator.removeCard();
                emulator.placeCard(card);
                Thread.sleep(350); // past the 300 ms poll spacing, so no pacing wait is measured
                long s = System.nanoTime();
                reader.read(Duration.ofSeconds(5));
                if (i >= 0) {
                    cycles[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            Arrays.sort(cycles);
            double median = cycles[runs / 2];
            System.out.printf("(b) find->select->read at %d baud: median %.1f ms over %d runs; bytes on the wire %d = %.1f ms;"
                    + " ratio %.2f; client's share %.1f ms%n", baud, median, runs, wireBytes, wireMs, median / wireMs, median - wireMs);
        }
    }

    private static void decode(byte[] reply) {
        FrameReader frames = new FrameReader();
        frames.feed(reply);
        var frame = (FrameReader.Frame) frames.next();
        byte[] text = Arrays.copyOfRange(frame.reply().data(), 4, 260);
        if (!(TextBlock.decode(text) instanceof TextBlock.Decoded d) || d.text().toApplicant() == null) {
            throw new IllegalStateException("decode failed");
        }
    }
}
