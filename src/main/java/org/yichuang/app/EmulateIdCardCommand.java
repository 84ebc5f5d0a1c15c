package org.yichuang.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Scanner;
import java.util.concurrent.Callable;
import org.yichuang.device.idcard.CardText;
import org.yichuang.device.idcard.ga467.Ga467Emulator;
import org.yichuang.device.idcard.ga467.JSerialCommLink;
import org.yichuang.device.idcard.sim.SpecimenCards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emulate-idcard}: a GA/T 467 reader in software for demos; Enter takes the card away and back. */
@Command(name = "emulate-idcard", mixinStandardHelpOptions = true, versionProvider = YichuangCommand.VersionText.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
        description = {"Serves specimen cards on one end of a pty pair, for demos without hardware:",
            "  socat -d -d pty,raw,echo=0,link=/tmp/ttyREADER pty,raw,echo=0,link=/tmp/ttyAPP",
            "Enter places or removes a specimen card; q quits."})
final class EmulateIdCardCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PATH", required = true,
            description = "the reader's end of the pty pair, e.g. /tmp/ttyREADER")
    private String port;

    @Option(names = "--baud", paramLabel = "N", converter = Converters.Baud.class,
            description = "send replies as slowly as a reader set to N baud would (default 115200)")
    private int baud = 115200;

    @Option(names = "--card-read-ms", paramLabel = "MILLIS",
            description = "how long the emulated reader takes to read a card (default 0)")
    private int cardReadMillis;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Ga467Emulator emulator = new Ga467Emulator(JSerialCommLink.open(port, 115200))) {
            emulator.pace(baud);
            emulator.cardReadMillis(Math.max(0, cardReadMillis));
            var cards = SpecimenCards.ALL;
            int next = 0;
            Scanner in = new Scanner(System.in);
            boolean placed = false;
            out.println("emulating a GA/T 467 reader on " + port + "; Enter: place/remove a specimen card; q: quit");
            while (in.hasNextLine() && !in.nextLine().strip().equals("q")) {
                if (placed) {
                    emulator.removeCard();
                    out.println("card removed");
                } else {
                    var a = cards.get(next++ % cards.size());
                    emulator.placeCard(new CardText(a.documentType(), a.name(), a.sex(), a.nation(), a.birthDate(),
                            a.address(), a.idNumber(), a.authority(), a.validFrom(), a.validUntil(), null, null, null, null));
                    out.println("card placed: " + a);
                }
                placed = !placed;
            }
        }
        return 0;
    }
}
