package org.yichuang.usecase.port;

import java.util.Optional;

/** Turns the card's WLT photo into pixels; only the reader vendor's library can (there is no open decoder). */
public interface PhotoDecoder {
    /** Whether a vendor library is configured; without one the applicant panel says the photo needs it. */
    boolean configured();

    /** The photo, or empty when these bytes cannot be decoded. Blocks: run off the FX thread. */
    Optional<Photo> decode(byte[] wlt);

    /** Pixels in row order, ARGB. */
    record Photo(int width, int height, int[] argb) {
    }

    /** The decoder of a machine without the vendor's library. */
    PhotoDecoder NONE = new PhotoDecoder() {
        @Override
        public boolean configured() {
            return false;
        }

        @Override
        public Optional<Photo> decode(byte[] wlt) {
            return Optional.empty();
        }
    };
}
