package org.yichuang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.device.card.pcsc.SscException;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.IdCardReader.IdCardException;

/** Every reason a card read can fail for, and every device state, has its text in every language. */
class ReasonKeysTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReasonKeysTest.class.getResourceAsStream("/org/yichuang/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyReasonHasItsText(String name) throws IOException {
        Properties texts = bundle(name);
        Stream.of(Stream.of(IdCardException.Reason.values()).map(IdCardException.Reason::messageKey),
                Stream.of(SscException.Reason.values()).map(SscException.Reason::messageKey),
                Stream.of(org.yichuang.usecase.port.MaterialFiles.UnreadableFile.Reason.values())
                        .map(org.yichuang.usecase.port.MaterialFiles.UnreadableFile.Reason::messageKey),
                Stream.of(DeviceState.Reason.values()).map(r -> "device.reason." + r.name()),
                Stream.of(DeviceState.Family.values()).map(f -> "device.family." + f.name()),
                Stream.of(DeviceState.Condition.values()).map(c -> "device.condition." + c.name()))
                .flatMap(s -> s).forEach(key -> assertThat(texts).as(name).containsKey(key));
    }
}
