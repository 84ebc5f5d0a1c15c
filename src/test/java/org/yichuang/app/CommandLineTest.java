package org.yichuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.platform.embedded.Version;

/** The launcher's command line through picocli: help, version, the window's options, and what bad options say. */
class CommandLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpSaysEveryCommandAndEveryGuiOption(String help) {
        CommandRun run = CommandRun.of(help);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Yichuang 一窗 — government service hall client",
                "yichuang [--mode=clerk|kiosk] [--platform=embedded|URL] [--devices=sim|FILE] [options]",
                "yichuang serve-platform --port N [--bind ADDRESS] [--data-dir PATH] [--status-step SECONDS]",
                "yichuang devices [--devices FILE]",
                "yichuang read-id --port PATH | --sdk LIBRARY | --pcsc READER|auto [--baud N] [--timeout SECONDS]",
                "yichuang emulate-idcard --port PATH", "yichuang sample-documents --out DIR [--font PATH]",
                "yichuang material --in FILE --out FILE.pdf", "yichuang generate-completion",
                "--mode=clerk|kiosk", "--platform=embedded|URL", "--devices=sim|FILE", "--data-dir=PATH",
                "--idle-timeout=SECONDS", "--font=PATH", "--exit-after-first-frame", "first-frame-ms=",
                "2   bad options");
        assertThat(run.opened()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            serve-platform   | --port=N         | --status-step=SECONDS
            devices          | --devices=FILE   | PC/SC readers
            read-id          | --pcsc=READER|auto | 4   a card of an edition not supported yet
            emulate-idcard   | --port=PATH      | socat -d -d pty
            sample-documents | --out=DIR        | 3   written, but a character has no glyph
            material         | --in=FILE        | --out=FILE.pdf
            """)
    void everyCommandHasItsOwnHelpAndVersion(String command, String option, String text) {
        CommandRun help = CommandRun.of(command, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: yichuang " + command, option, text, "--version");
        CommandRun version = CommandRun.of(command, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo("yichuang " + Version.VALUE + System.lineSeparator());
    }

    @Test
    void versionSaysTheProduct() {
        CommandRun run = CommandRun.of("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("yichuang " + Version.VALUE + System.lineSeparator());
    }

    @Test
    void opensTheWindowWithTheCommandLineAsGivenInEitherForm() {
        CommandRun run = CommandRun.of("--mode", "kiosk", "--idle-timeout=90", "--data-dir", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.opened()).containsExactly(List.of("--mode", "kiosk", "--idle-timeout=90", "--data-dir", dir.toString()));
        LaunchOptions again = LaunchOptions.parse(run.opened().getFirst()); // what YichuangApp reads
        assertThat(again.mode()).isEqualTo(Mode.KIOSK);
        assertThat(again.dataDirectory()).isEqualTo(dir);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --mode=bank                                 | --mode          | bank
            --mode bank                                 | --mode          | bank
            --platform=ftp://x                          | --platform      | ftp://x
            --idle-timeout=2                            | --idle-timeout  | from 5 to 3600
            --idle-timeout abc                          | --idle-timeout  | abc
            --data-dir=                                 | --data-dir      | needs a path
            --colour=red                                | --colour=red    | Unknown option
            kiosk                                       | kiosk           | Unmatched argument
            --mode                                      | --mode          | Missing required parameter
            serve-platform                              | --port          | Missing required option
            serve-platform --port 70000                 | --port          | from 0 to 65535
            serve-platform --port=8080 --status-step 0  | --status-step   | from 1 to 86400
            serve-platform --port=8080 --bind no.such.host.invalid | --bind | no.such.host.invalid
            devices --colour                            | --colour        | Unknown option
            read-id                                     | --port          | --pcsc
            read-id --port /dev/x --sdk lib.so          | --sdk           | mutually exclusive
            read-id --port /dev/x --baud 300            | --baud          | from 9600 to 115200
            read-id --port=/dev/x --timeout=0           | --timeout       | from 1 to 600
            read-id --port /dev/x --colour              | --colour        | Unknown option
            emulate-idcard                              | --port          | Missing required option
            sample-documents                            | --out           | Missing required option
            material --in x.jpg                         | --out           | Missing required option
            material --inn x.jpg --out x.pdf            | --inn           | Unknown option
            serve-platform --port=8080 --data-dir       | --data-dir      | Missing required parameter
            serve-platform --port=8080 --data-dir=pom.xml | --data-dir    | is a file, not a directory
            --data-dir=pom.xml                          | --data-dir      | is a file, not a directory
            --devices=/no/such/devices.properties       | --devices       | no device settings file
            --devices=                                  | --devices       | needs a path
            --font=pom.xml                              | --font          | is not a TrueType or OpenType font
            --font=/no/such/font.ttf                    | --font          | no readable font file
            sample-documents --out=target/x --font=src/test/resources/field-2/not-a-font.ttf | --font | is not a TrueType
            --time-zone=Mars/Olympus                    | --time-zone     | not a time zone
            serve-platform --port=8080 --time-zone=+08:00 | --time-zone   | not a time zone
            """)
    void badOptionsExitTwoWithOneLineNamingTheOption(String line, String option, String what) {
        CommandRun run = CommandRun.of(line.split(" "));
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("yichuang").contains(option, what);
        assertThat(run.out()).isEmpty();
        assertThat(run.opened()).isEmpty();
    }

    @Test
    void aDeviceSettingsFileThatCannotBeFollowedExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("devices.properties"), "idcard=ga999\n");
        CommandRun run = CommandRun.of("devices", "--devices", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("yichuang devices: device setting idcard=ga999 is not supported");
        assertThat(run.out()).as("nothing is listed").isEmpty();
    }

    @Test
    void writesABashCompletionScriptForEveryCommand() {
        CommandRun run = CommandRun.of("generate-completion");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_yichuang",
                "read-id", "sample-documents", "serve-platform", "--idle-timeout", "(\"clerk\" \"kiosk\") # --mode values");
    }
}
