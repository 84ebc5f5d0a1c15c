package org.yichuang.usecase.port;

/** Whether the platform answers (contract: /health), for the status bar. */
public interface PlatformStatus {
    /** The platform's name and version when it answers; throws {@link PlatformException} when it does not. */
    String health();
}
