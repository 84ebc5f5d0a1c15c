package org.yichuang.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a command line that cannot be followed is said: one line on stderr naming the option, and exit code 2. A
 * device settings file that cannot be followed ({@link LaunchOptions.BadOptions} while running) is said the same way.
 * Any other failure keeps picocli's default: the stack trace and exit code 1.
 */
final class CommandErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int BAD_OPTIONS = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String message = e.getMessage();
        if (e instanceof MissingParameterException && !command.getUnmatchedArguments().isEmpty()) {
            // picocli checks required options first; a mistyped option is the better thing to say
            message = new UnmatchedArgumentException(command, command.getUnmatchedArguments()).getMessage();
        }
        command.getErr().println(name + ": " + oneLine(message) + " (see " + name + " --help)");
        return BAD_OPTIONS;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (e instanceof LaunchOptions.BadOptions bad) {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + oneLine(bad.getMessage()));
            return BAD_OPTIONS;
        }
        throw e;
    }

    private static String oneLine(String message) {
        return message.replaceFirst("^Error: ", "").replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
