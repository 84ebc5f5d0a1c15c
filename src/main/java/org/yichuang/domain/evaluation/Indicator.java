package org.yichuang.domain.evaluation;

/** What a bad rating is about: the offline indicators at a window, the online ones at a kiosk. */
public enum Indicator {
    OVERALL, EFFICIENCY, SERVICE_LEVEL, ATTITUDE, GUIDE_ACCURACY, CONVENIENCE, EASE_OF_USE;

    public static java.util.List<Indicator> offline() {
        return java.util.List.of(OVERALL, EFFICIENCY, SERVICE_LEVEL, ATTITUDE);
    }

    public static java.util.List<Indicator> online() {
        return java.util.List.of(OVERALL, EFFICIENCY, GUIDE_ACCURACY, CONVENIENCE, EASE_OF_USE);
    }
}
