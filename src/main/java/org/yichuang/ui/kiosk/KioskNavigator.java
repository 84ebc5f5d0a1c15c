package org.yichuang.ui.kiosk;

/** Moves between the kiosk's screens. */
public interface KioskNavigator {
    void attract();

    void menu();

    void progressQuery();

    void identify();
}
