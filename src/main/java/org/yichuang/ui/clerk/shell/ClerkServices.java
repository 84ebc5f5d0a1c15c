package org.yichuang.ui.clerk.shell;

import java.time.Clock;
import org.yichuang.ui.common.DialogService;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.StatusBarViewModel;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.DecideCase;
import org.yichuang.usecase.IdentifyApplicant;
import org.yichuang.usecase.MyWork;
import org.yichuang.usecase.OpenSubject;
import org.yichuang.usecase.PrintDocuments;
import org.yichuang.usecase.ProvideMaterial;
import org.yichuang.usecase.RateService;
import org.yichuang.usecase.SearchCatalogue;
import org.yichuang.usecase.SendOutbox;
import org.yichuang.usecase.SignIn;

/** Everything the clerk's screens use, built once by the composition root: use cases and UI helpers, no port. */
public record ClerkServices(SignIn signIn, SearchCatalogue search, OpenSubject openSubject, IdentifyApplicant identify,
                            ProvideMaterial provide, DecideCase decideCase, PrintDocuments printing, RateService rate,
                            MyWork work, SendOutbox outbox, TaskExecutor tasks, DialogService dialogs, I18n i18n,
                            ErrorMessages errors, StatusBarViewModel status, Clock clock) {
}
