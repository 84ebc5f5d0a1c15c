package org.yichuang.ui.common;

/** Style classes of app.css, held as constants so views and the stylesheet cannot drift apart. */
public final class Styles {
    public static final String TITLE = "heading"; // not "title": TitledPane uses that class itself
    public static final String SUBTITLE = "subtitle";
    public static final String MUTED = "muted";
    public static final String CARD = "card";
    public static final String ACCENT = "accent";
    public static final String DANGER = "danger";
    public static final String SUCCESS = "success";
    public static final String WARNING = "warning";
    public static final String SECTION = "section";
    public static final String BIG_NUMBER = "big-number";
    public static final String TILE = "tile";
    public static final String KEY = "key";
    public static final String COUNTDOWN = "countdown";
    public static final String TIMELINE_STEP = "timeline-step";

    private Styles() {
    }
}
