package org.yichuang.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Separator;

/**
 * The kiosk rule of style.md ("Accessibility is a test"), as a checker that reports rather than asserts, so the
 * same code judges the real screens and deliberately bad ones. A screen is judged as rendered in its scene: each
 * required control must be shown, there must be something to touch, and everything a citizen can touch must be at
 * least {@value #MIN_PX} px each way, inside the screen, named for a screen reader and not cut short with "…".
 * Call it on the FX thread.
 */
public final class TouchTargets {
    public static final double MIN_PX = 60;

    /** One thing a citizen can touch, as rendered: its name and its size in scene pixels. */
    public record Target(String name, double width, double height) {
        @Override
        public String toString() {
            return "%s %.0f×%.0f px".formatted(name, width, height);
        }
    }

    /** What was found on a screen and what is wrong with it. */
    public record Report(List<Target> targets, List<String> violations) {
        /** The target with the shortest side, or null when there is nothing to touch. */
        public Target smallest() {
            return targets.stream().min(Comparator.comparingDouble(t -> Math.min(t.width(), t.height()))).orElse(null);
        }
    }

    private TouchTargets() {
    }

    /** Judges {@code screen}; {@code required} are selectors ({@code #id}, {@code .class}) that must each be shown. */
    public static Report check(Node screen, List<String> required) {
        List<String> violations = new ArrayList<>();
        if (screen.getScene() == null) {
            return new Report(List.of(), List.of("the screen is not in a scene, so nothing on it is rendered"));
        }
        screen.applyCss();
        if (screen instanceof Parent parent) {
            parent.layout();
        }
        for (String selector : required) {
            if (screen.lookupAll(selector).stream().noneMatch(TouchTargets::shown)) {
                violations.add(selector + ": expected on this screen, but not shown");
            }
        }
        List<Target> targets = new ArrayList<>();
        for (Node node : screen.lookupAll("*")) {
            if (touchable(node) && shown(node)) {
                targets.add(judge(node, violations));
            }
        }
        if (targets.isEmpty()) {
            violations.add("nothing on this screen can be touched");
        }
        return new Report(targets, violations);
    }

    private static Target judge(Node node, List<String> violations) {
        String name = name(node);
        Bounds b = node.localToScene(node.getLayoutBounds());
        Target target = new Target(name, b.getWidth(), b.getHeight());
        if (b.getWidth() < MIN_PX || b.getHeight() < MIN_PX) {
            violations.add(target + ": smaller than " + (int) MIN_PX + " px");
        }
        Scene scene = node.getScene();
        if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > scene.getWidth() + 0.5 || b.getMaxY() > scene.getHeight() + 0.5) {
            violations.add(target + ": not wholly inside the %.0f×%.0f screen (%.0f,%.0f to %.0f,%.0f)".formatted(
                    scene.getWidth(), scene.getHeight(), b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
        }
        String text = node instanceof Labeled l ? l.getText() : null;
        if (blank(node.getAccessibleText()) && blank(text)) {
            violations.add(name + ": no accessible text and no visible text");
        }
        if (node instanceof Labeled l && l.isTextTruncated()) {
            violations.add(name + ": its text \"" + l.getText() + "\" is cut short");
        }
        return target;
    }

    /** A control a citizen can press or type into, or any node that reacts to a tap itself. */
    static boolean touchable(Node node) {
        boolean control = node instanceof Control && !(node instanceof Label || node instanceof ProgressIndicator
                || node instanceof Separator || node instanceof ScrollBar);
        return control || node.getOnMouseClicked() != null || node.getOnMousePressed() != null
                || node.getOnTouchPressed() != null;
    }

    /** Visible itself and through every parent. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static String name(Node node) {
        String kind = node.getClass().getSimpleName();
        return node.getId() != null ? "#" + node.getId() : kind + (node instanceof Labeled l ? " \"" + l.getText() + "\"" : "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
