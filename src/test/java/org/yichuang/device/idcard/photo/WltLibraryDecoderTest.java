package org.yichuang.device.idcard.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FFM binding of the vendor's WLT decoder, against a stand-in library this test compiles with gcc. */
class WltLibraryDecoderTest {
    private static Path library;

    @BeforeAll
    static void compileTheStandIn() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/gcc"))).as("gcc to build the stand-in library").isTrue();
        library = Files.createTempDirectory("wlt").resolve("libwlt_standin.so");
        Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-O2", "-Wall", "-o", library.toString(),
                "src/test/c/wlt_standin.c").inheritIO().start();
        assertThat(gcc.waitFor()).isZero();
    }

    @Test
    void decodesAPhotoToPixels() {
        byte[] wlt = new byte[1024];
        wlt[0] = 'W';
        wlt[1] = 10;
        wlt[2] = 20;
        wlt[3] = 30;
        var photo = new WltLibraryDecoder(library).decode(wlt).orElseThrow();
        assertThat(photo.width()).isEqualTo(102);
        assertThat(photo.height()).isEqualTo(126);
        assertThat(photo.argb()).hasSize(102 * 126).containsOnly(0xFF0A141E);
    }

    @Test
    void refusesWhatItCannotDecode() {
        WltLibraryDecoder decoder = new WltLibraryDecoder(library);
        assertThat(decoder.decode(new byte[1024])).isEmpty();
        assertThat(decoder.decode(new byte[10])).isEmpty();
        assertThat(decoder.decode(null)).isEmpty();
    }

    @Test
    void saysWhenTheLibraryIsMissingOrWrong() {
        assertThatThrownBy(() -> new WltLibraryDecoder(Path.of("/nonexistent/libwlt2bmp.so"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new WltLibraryDecoder(Path.of("/lib/x86_64-linux-gnu/libm.so.6"))).hasMessageContaining("unpack");
    }
}
