package org.yichuang.ui.clerk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.domain.catalogue.Material;
import org.yichuang.domain.catalogue.MaterialForm;
import org.yichuang.domain.cases.Provision;
import org.yichuang.ui.common.ErrorMessages;
import org.yichuang.ui.common.I18n;
import org.yichuang.ui.common.TaskExecutor;
import org.yichuang.usecase.port.MaterialFiles;
import org.yichuang.usecase.port.MaterialFiles.Change;
import org.yichuang.usecase.port.MaterialFiles.MaterialPdf;

/** What was done to an applicant's file is shown beside the material; a refusal says why. */
class MaterialActionsTest {
    @TempDir
    Path dir;
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);

    private MaterialActions actions(MaterialFiles files) {
        TaskExecutor sameThread = new org.yichuang.testing.SameThreadTasks();
        var provide = new org.yichuang.usecase.ProvideMaterial(new org.yichuang.testing.NoRecords(), files,
                new org.yichuang.device.scan.SimulatedScanner(Clock.systemUTC()), Clock.systemUTC());
        return new MaterialActions(new MaterialActions.Services(provide, sameThread, new org.yichuang.testing.NoDialogs(), i18n,
                new ErrorMessages(i18n)));
    }

    private static MaterialModel material() {
        return new MaterialModel(new Material("birth", "出生医学证明", MaterialForm.ORIGINAL, 1, "", "", false, List.of(), ""));
    }

    @Test
    void aRepairedAndDecryptedPdfIsSaidSoBesideTheMaterial() throws Exception {
        MaterialModel m = material();
        byte[] stored = "%PDF-1.7 repaired".getBytes();
        actions((name, content) -> new MaterialPdf(stored, Set.of(Change.REPAIRED, Change.DECRYPTED)))
                .attach(m, Files.writeString(dir.resolve("证明.pdf"), "%PDF-broken"));
        assertThat(m.satisfactionProperty().get().provision()).isEqualTo(Provision.UPLOAD);
        assertThat(m.satisfactionProperty().get().pdf()).isEqualTo(stored);
        assertThat(m.satisfactionProperty().get().description())
                .isEqualTo("文件：证明.pdf（原文件设有权限密码，已去除后保存）（原文件有损坏，已修复并重新保存，请与申请人核对页面）");
    }

    @Test
    void anImagePlacedUprightSaysOnlyThatItWasTurned() throws Exception {
        MaterialModel m = material();
        actions((name, content) -> new MaterialPdf(new byte[] {1}, Set.of(Change.IMAGE_PAGE, Change.ORIENTED)))
                .attach(m, Files.writeString(dir.resolve("photo.jpg"), "jpeg"));
        assertThat(m.satisfactionProperty().get().description()).isEqualTo("文件：photo.jpg（照片已按拍摄方向摆正）");
    }

    @Test
    void aRefusedFileLeavesTheMaterialOpenAndSaysWhy() throws Exception {
        MaterialModel m = material();
        actions((name, content) -> {
            throw new MaterialFiles.UnreadableFile(MaterialFiles.UnreadableFile.Reason.PAGES_LOST, name + ": 1 of 3 pages readable");
        }).attach(m, Files.writeString(dir.resolve("broken.pdf"), "%PDF-"));
        assertThat(m.satisfied()).isFalse();
        assertThat(m.problemProperty().get()).isEqualTo("PDF 文件已损坏，部分页面无法恢复，请申请人提供完好的文件");
    }
}
