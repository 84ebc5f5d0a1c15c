package org.yichuang.usecase.port;

/**
 * The province's integrated service platform as a whole, as the contract {@code platform-api.yaml} describes it:
 * every capability port at once. Only the composition root and the adapters use it whole; each use case and view
 * model asks for the capability it needs. (Not named "Platform": that is {@code javafx.application.Platform}.)
 */
public interface ServicePlatform extends PlatformStatus, ServiceCatalogue, ClerkAccounts, CaseRecords, PeopleRecords,
        ServiceEvaluations, ClerkWork {
}
