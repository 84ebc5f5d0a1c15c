package org.yichuang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.yichuang.device.scan.SimulatedScanner;
import org.yichuang.usecase.port.MaterialFiles.UnreadableFile;

/** Files an applicant brings, good and hostile, turned into one PDF per material or refused with a clear key. */
class MaterialPdfsTest {
    private final MaterialPdfs pdfs = new MaterialPdfs();

    private static byte[] pdf(boolean encrypted) throws IOException {
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage(PDRectangle.A4));
            if (encrypted) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                p.setEncryptionKeyLength(128);
                d.protect(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(300, 200, type);
        var g = image.createGraphics();
        g.setColor(new Color(200, 30, 30, type == BufferedImage.TYPE_INT_ARGB ? 128 : 255));
        g.fillRect(20, 20, 100, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static PDImageXObject onlyImage(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
            PDPage page = d.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            var resources = page.getResources();
            var name = resources.getXObjectNames().iterator().next();
            return (PDImageXObject) resources.getXObject(name);
        }
    }

    @Test
    void aPdfIsKeptByteForByte() throws Exception {
        byte[] pdf = pdf(false);
        var kept = pdfs.toPdf("出生医学证明.pdf", pdf);
        assertThat(kept.pdf()).isEqualTo(pdf);
        assertThat(kept.changes()).isEmpty();
    }

    @Test
    void jpegAndPngBecomeAnA4PageAndTransparencyIsFlattened() throws Exception {
        byte[] jpeg = image("jpg", BufferedImage.TYPE_INT_RGB);
        PDImageXObject fromJpeg = onlyImage(pdfs.toPdf("photo.jpg", jpeg).pdf());
        assertThat(fromJpeg.getWidth()).isEqualTo(300);
        byte[] grey = image("jpg", BufferedImage.TYPE_BYTE_GRAY);
        assertThat(onlyImage(pdfs.toPdf("grey.jpeg", grey).pdf()).getHeight()).isEqualTo(200);
        PDImageXObject fromAlphaPng = onlyImage(pdfs.toPdf("scan.png", image("png", BufferedImage.TYPE_INT_ARGB)).pdf());
        assertThat(fromAlphaPng.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.SMASK)).isNull();
        // the name does not decide the type: a PDF called .jpg is still a PDF
        assertThat(pdfs.toPdf("misnamed.jpg", pdf(false)).pdf()).startsWith("%PDF-".getBytes());
    }

    @Test
    void hostileFilesAreRefusedWithAKeyThatSaysWhy() throws Exception {
        assertRefused(new byte[0], "material.file.empty");
        assertRefused("GIF89a\1\0\1\0".getBytes(), "material.file.unsupported");
        assertRefused("PK\3\4 a docx".getBytes(), "material.file.unsupported");
        byte[] pdf = pdf(false);
        assertRefused(Arrays.copyOf(pdf, pdf.length / 3), "material.file.damaged");
        assertRefused(pdf(true), "material.file.encrypted");
        byte[] jpeg = image("jpg", BufferedImage.TYPE_INT_RGB);
        assertRefused(Arrays.copyOf(jpeg, 40), "material.file.damaged");
        assertRefused(pngClaiming(100_000, 100_000), "material.file.tooManyPixels");
        assertRefused(new byte[MaterialPdfs.MAX_BYTES + 1], "material.file.tooLarge");
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> pdfs.toPdf("file", content)).isInstanceOfSatisfying(UnreadableFile.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** A PNG whose header claims a huge size: it must be refused from the header, without decoding. */
    private static byte[] pngClaiming(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }

    @Test
    void mutatedFilesOnlyEverGiveAPdfOrAClearRefusal() throws Exception {
        byte[][] seeds = {pdf(false), image("jpg", BufferedImage.TYPE_INT_RGB), image("png", BufferedImage.TYPE_INT_ARGB),
            RenderedPage.resource("jpeg-exif-orientation6.jpg"), RenderedPage.resource("png-gray-8-nogama.png"),
            RenderedPage.resource("pdf-owner-password-only.pdf")};
        Random random = new Random(20261122);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 600; i++) {
                byte[] file = seeds[i % seeds.length].clone();
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    file[random.nextInt(file.length)] = (byte) random.nextInt(256);
                }
                if (random.nextInt(4) == 0) {
                    file = Arrays.copyOf(file, random.nextInt(file.length));
                }
                try {
                    byte[] out = pdfs.toPdf("fuzz", file).pdf();
                    assertThat(out).startsWith("%PDF-".getBytes());
                } catch (UnreadableFile expected) {
                    assertThat(expected.messageKey()).startsWith("material.file.");
                }
            }
        });
    }

    @Test
    void theSimulatedScannerGivesAMarkedPageThatBecomesAPdf() throws Exception {
        byte[] png = new SimulatedScanner(Clock.systemUTC()).scanPage();
        BufferedImage page = ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(page.getWidth()).isEqualTo(827);
        assertThat(page.getHeight()).isEqualTo(1169);
        assertThat(onlyImage(pdfs.toPdf("scan.png", png).pdf()).getWidth()).isEqualTo(827);
    }
}
