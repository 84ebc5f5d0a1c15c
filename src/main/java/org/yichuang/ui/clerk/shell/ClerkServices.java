package org.yichuang.ui.clerk.shell;

import java.time.Clock;
import org.yichuang.ui.common.DialogService;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.StatusBarViewModel;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.MakeDocuments;
import org.yichuang.usecase.MyWork;
import org.yichuang.usecase.ProvideMaterial;
import org.yichuang.usecase.SearchCatalogue;
import org.yichuang.usecase.SendOutbox;
import org.yichuang.usecase.port.CaseDocuments;
import org.yichuang.usecase.port.DocumentPrinter;
import org.yichuang.usecase.port.ServicePlatform;

/** Everything the clerk's screens use, built once by the composition root. */
public record ClerkServices(ServicePlatform platform, SearchCatalogue search, DecideCase decideCase, MakeDocuments makeDocuments,
                            SendOutbox outbox, CaseDocuments documents, IdentifyApplicant identify,
                            DocumentPrinter printer, ProvideMaterial provide, MyWork work, TaskExecutor tasks,
                            DialogService dialogs, I18n i18n, ErrorMessages errors, StatusBarViewModel status, Clock clock) {
}
