package org.yichuang.device.idcard.photo;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.yichuang.usecase.port.PhotoDecoder;

/**
 * The vendor's WLT decoder ({@code libwlt2bmp.so}: {@code int unpack(char *wlt, char *bmp, int save)}, 1 on success)
 * bound through FFM. It writes a 102×126 24-bit BMP of 38,862 bytes, read here with ImageIO.
 */
public final class WltLibraryDecoder implements PhotoDecoder {
    static final int WLT_BYTES = 1024;
    static final int BMP_BYTES = 38_862;
    private final Arena arena = Arena.ofShared();
    private final MethodHandle unpack;

    public WltLibraryDecoder(Path library) {
        if (!Files.isReadable(library)) {
            throw new IllegalArgumentException("the photo decoder library " + library + " does not exist or cannot be read");
        }
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, arena);
        unpack = Linker.nativeLinker().downcallHandle(lookup.find("unpack")
                        .orElseThrow(() -> new IllegalArgumentException(library + " has no unpack(): not a WLT decoder")),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public synchronized Optional<Photo> decode(byte[] wlt) {
        if (wlt == null || wlt.length != WLT_BYTES) {
            return Optional.empty();
        }
        try (Arena call = Arena.ofConfined()) {
            MemorySegment src = call.allocate(WLT_BYTES);
            src.copyFrom(MemorySegment.ofArray(wlt));
            MemorySegment bmp = call.allocate(BMP_BYTES + 1024); // room for vendors that write past the BMP
            int result = (int) unpack.invokeExact(src, bmp, 0);
            if (result != 1) {
                return Optional.empty();
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bmp.asSlice(0, BMP_BYTES).toArray(JAVA_BYTE)));
            if (image == null) {
                return Optional.empty();
            }
            int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return Optional.of(new Photo(image.getWidth(), image.getHeight(), argb));
        } catch (IOException e) {
            return Optional.empty();
        } catch (Throwable e) {
            throw new IllegalStateException("the WLT decoder failed", e);
        }
    }

    private static final java.lang.foreign.ValueLayout.OfByte JAVA_BYTE = java.lang.foreign.ValueLayout.JAVA_BYTE;
}
