package org.yichuang.device.idcard.sdk;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * The vendor's sdtapi/termb C API bound through the FFM API: {@code SDT_OpenPort}, {@code SDT_StartFindIDCard},
 * {@code SDT_SelectIDCard}, {@code SDT_ReadBaseMsg}, {@code SDT_ClosePort}. Return codes are GA/T 467 SW3 values.
 */
final class SdtapiLibrary implements AutoCloseable {
    static final int OK = 0x90;
    static final int FOUND = 0x9F;

    private final Arena arena = Arena.ofShared();
    private final MethodHandle openPort;
    private final MethodHandle closePort;
    private final MethodHandle find;
    private final MethodHandle select;
    private final MethodHandle readBase;

    SdtapiLibrary(Path library) {
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, arena);
        Linker linker = Linker.nativeLinker();
        openPort = bind(linker, lookup, "SDT_OpenPort", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        closePort = bind(linker, lookup, "SDT_ClosePort", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        find = bind(linker, lookup, "SDT_StartFindIDCard", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        select = bind(linker, lookup, "SDT_SelectIDCard", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        readBase = bind(linker, lookup, "SDT_ReadBaseMsg",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    private static MethodHandle bind(Linker linker, SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        return linker.downcallHandle(lookup.find(name)
                .orElseThrow(() -> new IllegalArgumentException("the library has no " + name + ": not an sdtapi library?")),
                descriptor);
    }

    int openPort(int port) {
        return call(openPort, port);
    }

    int closePort(int port) {
        return call(closePort, port);
    }

    int find(int port) {
        try (Arena call = Arena.ofConfined()) {
            return (int) find.invokeExact(port, call.allocate(8), 0);
        } catch (Throwable e) {
            throw new IllegalStateException("SDT_StartFindIDCard failed", e);
        }
    }

    int select(int port) {
        try (Arena call = Arena.ofConfined()) {
            return (int) select.invokeExact(port, call.allocate(16), 0);
        } catch (Throwable e) {
            throw new IllegalStateException("SDT_SelectIDCard failed", e);
        }
    }

    /** Reads text and photo; answers the status and fills {@code text} (256) and {@code photo} (1024). */
    int readBase(int port, byte[] text, byte[] photo) {
        try (Arena call = Arena.ofConfined()) {
            MemorySegment textBuf = call.allocate(text.length + 64); // vendors write a little past the documented size
            MemorySegment photoBuf = call.allocate(photo.length + 64);
            MemorySegment textLen = call.allocate(JAVA_INT);
            MemorySegment photoLen = call.allocate(JAVA_INT);
            int status = (int) readBase.invokeExact(port, textBuf, textLen, photoBuf, photoLen, 0);
            if (status == OK) {
                if (textLen.get(JAVA_INT, 0) != text.length) {
                    return -1; // a text length we do not know how to read
                }
                MemorySegment.copy(textBuf, 0, MemorySegment.ofArray(text), 0, text.length);
                int photoBytes = Math.min(photo.length, Math.max(0, photoLen.get(JAVA_INT, 0)));
                MemorySegment.copy(photoBuf, 0, MemorySegment.ofArray(photo), 0, photoBytes);
            }
            return status;
        } catch (Throwable e) {
            throw new IllegalStateException("SDT_ReadBaseMsg failed", e);
        }
    }

    private static int call(MethodHandle handle, int port) {
        try {
            return (int) handle.invokeExact(port);
        } catch (Throwable e) {
            throw new IllegalStateException("sdtapi call failed", e);
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
