package org.yichuang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chinese line-breaking rules on a font where every character is one unit wide (a Latin one half). */
class LineBreakerTest {
    private final LineBreaker breaker = new LineBreaker(
            t -> (float) t.codePoints().mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1).sum());

    private List<String> lines(String text, float width) throws IOException {
        return breaker.lines(text, width);
    }

    @Test
    void breaksBetweenAnyTwoIdeographs() throws IOException {
        assertThat(lines("一二三四五六七八九十", 4)).containsExactly("一二三四", "五六七八", "九十");
    }

    @Test
    void closingPunctuationTakesTheCharacterBeforeItToTheNextLine() throws IOException {
        assertThat(lines("一二三四。五六", 4)).containsExactly("一二三", "四。五六");
        assertThat(lines("一二三四）。五六", 4)).containsExactly("一二三", "四）。五六".substring(0, 4), "六");
        assertThat(lines("一二三〕四", 3)).containsExactly("一二", "三〕四");
    }

    @Test
    void openingPunctuationGoesDownWithWhatItOpens() throws IOException {
        assertThat(lines("一二三（四五", 4)).containsExactly("一二三", "（四五");
        assertThat(lines("一二三〔四五", 4)).containsExactly("一二三", "〔四五");
        assertThat(lines("一二“《四五", 4)).containsExactly("一二", "“《四五");
    }

    @Test
    void anEllipsisOrADashIsNeverSplitNorStartsALine() throws IOException {
        assertThat(lines("一二三……四", 4)).containsExactly("一二", "三……四");
        assertThat(lines("一二三——四", 4)).containsExactly("一二三", "——四");
        assertThat(LineBreaker.units("甲……乙——丙")).containsExactly("甲", "……", "乙", "——", "丙");
    }

    @Test
    void latinWordsAndNumbersStayWhole() throws IOException {
        assertThat(lines("电话029-12345678", 6)).containsExactly("电话", "029-12345678");
        assertThat(LineBreaker.units("6101**********4523号")).containsExactly("6101**********4523", "号");
        assertThat(lines("call 12345 now", 4)).containsExactly("call", "12345", "now");
    }

    @Test
    void aPieceWiderThanTheLineIsCutRatherThanRunOver() throws IOException {
        assertThat(lines("ABCDEFGHIJ", 2)).containsExactly("ABCD", "EFGH", "IJ");
        assertThat(lines("", 2)).containsExactly("");
    }

    @Test
    void eachLineMayHaveItsOwnWidth() throws IOException {
        assertThat(breaker.lines("一二三四五六七八", i -> i == 0 ? 2 : 4)).containsExactly("一二", "三四五六", "七八");
    }

    @Test
    void noLineOfALongTextBreaksARule() throws IOException {
        String text = "根据《中华人民共和国行政许可法》和本市有关规定，申请人应当补充提交（原件及复印件各一份）……"
                + "并由法定代表人签字确认〔2024〕第“12”号——再次提交申请。";
        for (float width = 6; width <= 24; width++) {
            List<String> lines = lines(text, width);
            assertThat(String.join("", lines)).isEqualTo(text);
            for (String line : lines) {
                assertThat(line.codePoints().mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1).sum()).isLessThanOrEqualTo(width);
                assertThat(LineBreaker.NO_LINE_START.indexOf(line.codePointAt(0))).as(line).isNegative();
                assertThat(LineBreaker.NO_LINE_END.indexOf(line.codePointBefore(line.length()))).as(line).isNegative();
            }
        }
    }
}
