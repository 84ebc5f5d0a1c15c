package org.yichuang.device.idcard.sdk;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.device.idcard.TextBlock;
import org.yichuang.device.idcard.ga467.SpecimenTexts;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/** The FFM binding against a stand-in sdtapi library that this test compiles with gcc (src/test/c). */
class SdkIdCardReaderTest {
    private static Path library;
    private static MethodHandle place;
    private static MethodHandle remove;
    private static MethodHandle unplug;
    private static MethodHandle devicePort;
    private static MethodHandle findCount;

    @BeforeAll
    static void compileTheStandIn() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/gcc"))).as("gcc to build the stand-in library").isTrue();
        library = Files.createTempDirectory("sdtapi").resolve("libsdtapi_standin.so");
        Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-O2", "-Wall", "-o", library.toString(),
                "src/test/c/sdtapi_standin.c").inheritIO().start();
        assertThat(gcc.waitFor()).as("gcc exit").isZero();
        // The same library instance the reader loads: dlopen hands back the loaded one.
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, Arena.global());
        Linker linker = Linker.nativeLinker();
        place = linker.downcallHandle(lookup.find("STANDIN_PlaceCard").orElseThrow(), FunctionDescriptor.ofVoid(ADDRESS));
        remove = linker.downcallHandle(lookup.find("STANDIN_RemoveCard").orElseThrow(), FunctionDescriptor.ofVoid());
        unplug = linker.downcallHandle(lookup.find("STANDIN_Unplug").orElseThrow(), FunctionDescriptor.ofVoid(JAVA_INT));
        devicePort = linker.downcallHandle(lookup.find("STANDIN_SetDevicePort").orElseThrow(), FunctionDescriptor.ofVoid(JAVA_INT));
        findCount = linker.downcallHandle(lookup.find("STANDIN_FindCount").orElseThrow(), FunctionDescriptor.of(JAVA_INT));
    }

    private static void placeCard(byte[] text) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            var segment = arena.allocate(text.length);
            segment.copyFrom(java.lang.foreign.MemorySegment.ofArray(text));
            place.invokeExact(segment);
        }
    }

    @Test
    void findsTheDeviceOnItsPortAndReadsTheCard() throws Throwable {
        devicePort.invokeExact(1003);
        unplug.invokeExact(0);
        placeCard(TextBlock.encode(SpecimenTexts.RESIDENT));
        SdkIdCardReader reader = new SdkIdCardReader(library);
        assertThat(reader.readText(Duration.ofSeconds(3))).isEqualTo(SpecimenTexts.RESIDENT);
        assertThat(reader.state().detail()).contains("1003");
        assertThatThrownBy(() -> reader.read(Duration.ofMillis(700))).as("the card must leave first")
                .isInstanceOf(IdCardException.class);
    }

    @Test
    void findsTheDeviceAgainAfterItWasUnplugged() throws Throwable {
        devicePort.invokeExact(1001);
        unplug.invokeExact(0);
        placeCard(TextBlock.encode(SpecimenTexts.PERMIT));
        SdkIdCardReader reader = new SdkIdCardReader(library);
        reader.read(Duration.ofSeconds(3));
        unplug.invokeExact(1);
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(1))).isInstanceOfSatisfying(IdCardException.class,
                e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.NO_READER));
        assertThat(reader.state().condition()).isEqualTo(DeviceState.Condition.ABSENT);
        devicePort.invokeExact(7); // plugged back into another port
        unplug.invokeExact(0);
        remove.invokeExact();
        placeCard(TextBlock.encode(SpecimenTexts.PERMIT));
        assertThat(reader.readText(Duration.ofSeconds(3)).passNumber()).isEqualTo("H00000000");
        assertThat(reader.state().detail()).contains("7");
    }

    @Test
    void aProbeFollowsHotPlug() throws Throwable {
        devicePort.invokeExact(1002);
        unplug.invokeExact(0);
        SdkIdCardReader reader = new SdkIdCardReader(library);
        assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.READY);
        unplug.invokeExact(1);
        assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.ABSENT);
        unplug.invokeExact(0);
        assertThat(reader.probe().condition()).isEqualTo(DeviceState.Condition.READY);
    }

    @Test
    void refusesALibraryThatIsNotSdtapi() {
        assertThatThrownBy(() -> new SdkIdCardReader(Path.of("/nonexistent/libsdtapi.so")))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new SdkIdCardReader(Path.of("/lib/x86_64-linux-gnu/libm.so.6")))
                .hasMessageContaining("SDT_OpenPort");
    }

    @Test
    void anInterruptedReadStopsAtOnceAndNeverPollsFasterThanEvery300Ms() throws Throwable {
        devicePort.invokeExact(1001);
        unplug.invokeExact(0);
        remove.invokeExact();
        SdkIdCardReader reader = new SdkIdCardReader(library);
        int before = (int) findCount.invokeExact(); // the stand-in counts for every test in this JVM
        var outcome = new java.util.concurrent.CompletableFuture<Object>();
        long started = System.nanoTime();
        Thread reading = Thread.ofPlatform().start(() -> {
            try {
                reader.read(Duration.ofSeconds(10));
                outcome.complete("read");
            } catch (IdCardException e) {
                outcome.complete(e.reason());
            }
        });
        Thread.sleep(1_000);
        reading.interrupt();
        assertThat(outcome.get(1, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(IdCardException.Reason.INTERRUPTED);
        int atEnd = (int) findCount.invokeExact();
        Thread.sleep(600);
        assertThat((int) findCount.invokeExact()).as("no find after the read ended").isEqualTo(atEnd);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(atEnd - before).as("finds in " + elapsedMs + " ms").isBetween(2, (int) (elapsedMs / 300) + 1);
    }

    @Test
    void readsThe2023ForeignersCardAndSaysWhenAnEditionIsNotSupported() throws Throwable {
        devicePort.invokeExact(1001);
        unplug.invokeExact(0);
        byte[] block;
        try (var in = SdkIdCardReaderTest.class.getResourceAsStream("/field-1/fprc-2023-Y.bin")) {
            block = in.readAllBytes();
        }
        placeCard(block);
        SdkIdCardReader reader = new SdkIdCardReader(library);
        assertThat(reader.read(Duration.ofSeconds(3)).nationality()).isEqualTo("SAU");
        remove.invokeExact();
        System.arraycopy("Z".getBytes(java.nio.charset.StandardCharsets.UTF_16LE), 0, block, 248, 2);
        placeCard(block);
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(3))).isInstanceOfSatisfying(IdCardException.class, e -> {
            assertThat(e.reason()).isEqualTo(IdCardException.Reason.UNSUPPORTED_EDITION);
            assertThat(e.unsupportedEdition()).hasValueSatisfying(u -> assertThat(u.number()).isEqualTo("932682198501010017"));
        });
    }
}
