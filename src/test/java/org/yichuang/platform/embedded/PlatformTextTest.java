package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the platform's code uses is in platform.properties, with the arguments the code gives it; every text
 * there is used; and the texts read as they did when they were written in the code, so the API replies are the same.
 */
class PlatformTextTest {
    private static final Path SOURCES = Path.of("src/main/java/org/yichuang/platform/embedded");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = PlatformText.class.getResourceAsStream("platform.properties")) {
            assertThat(in).as("platform.properties on the class path").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String sources(Path except) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith(except)).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
            return all.toString();
        }
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundleWithTheArgumentsItIsGiven() throws IOException {
        Properties bundle = bundle();
        for (PlatformText t : PlatformText.values()) {
            assertThat(bundle).as(t.name()).containsKey(t.key());
            String text = bundle.getProperty(t.key());
            Set<String> placeholders = PLACEHOLDER.matcher(text).results().map(m -> m.group()).collect(Collectors.toSet());
            assertThat(placeholders).as(t.key()).isEqualTo(IntStream.range(0, t.arguments()).mapToObj(i -> "{" + i + "}")
                    .collect(Collectors.toSet()));
            assertThat(text).as(t.key() + ": MessageFormat would drop a quote").doesNotContain("'");
            assertThat(t.text(new Object[t.arguments()])).isNotBlank(); // loads through the ResourceBundle, too
        }
    }

    @Test
    void everyTextInTheBundleIsUsedByTheCode() throws IOException {
        String code = sources(Path.of("PlatformText.java"));
        Set<String> keys = Arrays.stream(PlatformText.values()).map(PlatformText::key).collect(Collectors.toSet());
        assertThat(new TreeSet<>(bundle().stringPropertyNames())).isEqualTo(new TreeSet<>(keys));
        List<String> unused = Arrays.stream(PlatformText.values()).map(Enum::name)
                .filter(name -> !code.contains("PlatformText." + name)).toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void theCodeReadsTextsOnlyThroughPlatformText() throws IOException {
        String code = sources(Path.of("PlatformText.java"));
        assertThat(code).doesNotContain("ResourceBundle").doesNotContain("platform.properties");
    }

    @Test
    void theTextsReadAsTheyDidInTheCode() {
        assertThat(PlatformText.PLATFORM_NAME.text()).isEqualTo("一窗内置政务服务平台");
        assertThat(PlatformText.NOTE_ACCEPTED.text()).isEqualTo("已受理");
        assertThat(PlatformText.NOTE_NOTIFIED.text()).isEqualTo("一次性告知：材料不齐或需补正");
        assertThat(PlatformText.NOTE_REFUSED.text()).isEqualTo("不予受理");
        assertThat(PlatformText.NOTE_COMPLETED_AT_ONCE.text()).isEqualTo("即办件，当场办结");
        assertThat(PlatformText.NOTE_DEFERRED_SUPPLIED.text("结婚证")).isEqualTo("补齐容缺材料：结婚证");
        assertThat(PlatformText.NOTE_ADVANCED_BY_CLOCK.text()).isEqualTo("自动流转");
        assertThat(PlatformText.NOTE_ADVANCED_BY_ADMIN.text()).isEqualTo("管理员推进");
        assertThat(PlatformText.PROBLEM_REQUIRED.text("姓名")).isEqualTo("姓名：必填");
        assertThat(PlatformText.PROBLEM_TOO_LONG.text("地址", 2000)).isEqualTo("地址：超过 2000 字"); // no grouping
        assertThat(PlatformText.PROBLEM_PHONE.text("电话")).isEqualTo("电话：不是手机号码或带区号的固定电话");
        assertThat(PlatformText.PROBLEM_USCC.text("代码")).isEqualTo("代码：不是 18 位统一社会信用代码");
        assertThat(PlatformText.PROBLEM_ID_FORMAT.text("证件")).isEqualTo("证件：证件号码应为 18 位");
        assertThat(PlatformText.PROBLEM_ID_CHECK_DIGIT.text("证件")).isEqualTo("证件：证件号码校验位不正确");
        assertThat(PlatformText.PROBLEM_ID_BIRTH_DATE.text("证件")).isEqualTo("证件：证件号码中的出生日期无效");
        assertThat(PlatformText.PROBLEM_FORMAT.text("日期")).isEqualTo("日期：格式不正确");
        assertThat(PlatformText.PROBLEM_UNCONFIRMED_CHECK_DIGIT.text("代码", "enterprise.uscc.confirmed"))
                .isEqualTo("代码：校验位不符，须经办人核对原件后确认（enterprise.uscc.confirmed）");
        assertThat(PlatformText.PROBLEM_NOT_DEFERRABLE.text("户口簿")).isEqualTo("户口簿：不可容缺，或补交日期不在今天之后");
        assertThat(PlatformText.PROBLEM_NO_DIGEST.text("户口簿")).isEqualTo("户口簿：缺少文件的 SHA-256 和 SM3 摘要");
        assertThat(PlatformText.PROBLEM_NO_LICENCE_NUMBER.text("户口簿")).isEqualTo("户口簿：缺少电子证照编号");
        assertThat(PlatformText.PROBLEM_MATERIAL_MISSING.text("户口簿")).isEqualTo("户口簿：未提供，也未容缺");
        assertThat(PlatformText.LICENCE_TITLE.text("结婚证")).isEqualTo("结婚证（电子证照 样例）");
        assertThat(PlatformText.LICENCE_NUMBER.text("L-1")).isEqualTo("证照编号：L-1");
        assertThat(PlatformText.LICENCE_HOLDER.text("李梅")).isEqualTo("持证人：李梅");
        assertThat(PlatformText.LICENCE_ISSUER.text("民政局")).isEqualTo("颁发机构：民政局");
        assertThat(PlatformText.LICENCE_ISSUED_ON.text(java.time.LocalDate.of(2020, 1, 2))).isEqualTo("颁发日期：2020-01-02");
        assertThat(PlatformText.LICENCE_VALID_UNTIL.text("长期")).isEqualTo("有效期至：长期");
        assertThat(PlatformText.LICENCE_PERMANENT.text()).isEqualTo("长期");
        assertThat(PlatformText.LICENCE_SPECIMEN.text()).isEqualTo("本件由一窗内置平台模拟电子证照库生成，仅供演示。");
    }

    @Test
    void aTextGivenTheWrongNumberOfArgumentsIsAMistakeInTheCode() {
        assertThatThrownBy(() -> PlatformText.PROBLEM_REQUIRED.text()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlatformText.NOTE_ACCEPTED.text("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
