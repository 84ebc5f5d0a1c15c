package org.yichuang.app;

/**
 * The clerk window's first size on a screen whose visible area (without panels and task bars) is {@code screenWidth}
 * × {@code screenHeight} pixels: 1280 × 800 where that fits, else the whole visible area, maximised (and sized so even
 * without a window manager, which alone honours "maximised"). The minimum is what the acceptance screen needs
 * (1024 × 700), never more than the screen has.
 */
record WindowSize(double width, double height, double minWidth, double minHeight, boolean maximised) {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    static WindowSize on(double screenWidth, double screenHeight) {
        boolean fits = screenWidth >= WIDTH && screenHeight >= HEIGHT;
        return new WindowSize(fits ? WIDTH : screenWidth, fits ? HEIGHT : screenHeight,
                Math.min(1024, screenWidth), Math.min(700, screenHeight), !fits);
    }
}
