package org.yichuang.device.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.Scanner;

/**
 * A scanner for demos until real scanners are wired (the scanning issue): an A4 page at 100 dpi, greyscale, marked
 * SPECIMEN across the page so nobody mistakes it for a scan of a real document.
 */
public final class SimulatedScanner implements Scanner {
    private static final int WIDTH = 827;
    private static final int HEIGHT = 1169;
    private final Clock clock;
    private final AtomicInteger pages = new AtomicInteger();

    public SimulatedScanner(Clock clock) {
        this.clock = clock;
    }

    @Override
    public byte[] scanPage() throws ScanFailedException {
        BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(3));
        g.drawRect(40, 40, WIDTH - 80, HEIGHT - 80);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 96));
        g.rotate(Math.toRadians(-35), WIDTH / 2.0, HEIGHT / 2.0);
        g.drawString("SPECIMEN", WIDTH / 2 - 250, HEIGHT / 2);
        g.rotate(Math.toRadians(35), WIDTH / 2.0, HEIGHT / 2.0);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        g.drawString("Simulated scanner - not a real document", 80, 110);
        g.drawString(LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                + "   page " + pages.incrementAndGet(), 80, 150);
        for (int y = 220; y < HEIGHT - 120; y += 36) { // lines of "text", so the page looks like a form
            g.fillRect(80, y, 200 + (y * 37 % 420), 10);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            ImageIO.write(page, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ScanFailedException("the simulated page could not be encoded", e);
        }
    }

    @Override
    public DeviceState state() {
        return DeviceState.of(DeviceState.Family.SCANNER, DeviceState.Condition.SIMULATED,
                DeviceState.Reason.SPECIMEN_SCANS);
    }
}
