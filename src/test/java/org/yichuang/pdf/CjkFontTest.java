package org.yichuang.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yichuang.documents.PdfCaseDocuments;

/** Field case (issue 11, kind 6): a font given on the command line is checked for the characters documents need. */
class CjkFontTest {
    @Test
    void theInstalledFontHasEveryCharacterOfTheWordingAndLacksARareOne() throws IOException {
        CjkFont font = CjkFont.locate(Optional.empty());
        assertThat(font.lacking(PdfCaseDocuments.wordingCharacters())).as(font.file().toString()).isEmpty();
        assertThat(font.lacking("受理" + Character.toString(0x2EBF0))).containsExactly(0x2EBF0);
    }

    @Test
    void aFileThatIsNotAFontIsSaidSo() {
        CjkFont wrong = CjkFont.ifPresent(Path.of("src/test/resources/field-2/not-a-font.ttf")).orElseThrow();
        assertThatThrownBy(() -> wrong.lacking("受理")).isInstanceOf(IOException.class);
    }

    @Test
    void theWordingCoversTheTitlesAndDates() {
        assertThat(PdfCaseDocuments.wordingCharacters()).contains("受理回执", "年", "月", "日", "0", "9");
    }
}
