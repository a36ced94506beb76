package io.footprint.cli;

import io.footprint.io.InputException;
import io.footprint.model.DisplayPath;
import io.footprint.report.OutputDirectory;
import io.footprint.run.RequestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;

/** Entry point: maps outcomes to the contract's exit codes and keeps stack traces away from users. */
public final class Main {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int INVALID = 2;
  public static final int GATE_FAILED = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given streams and returns its exit code (what tests call). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = commandLine(args, out, err);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(String[] commandLine, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new FootprintCommand());
    String first = commandLine.length > 0 ? commandLine[0] : "";
    boolean one = FootprintCommand.needsOnly(first);
    FootprintCommand.SUBCOMMANDS.forEach((name, command) -> {
      if (!one || name.equals(first)) {
        cmd.addSubcommand(name, command.get());
      }
    });
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("error: " + withoutJavaNames(ex.getMessage()));
      c.getErr().println("see: " + c.getCommandSpec().qualifiedName() + " --help");
      return INVALID;
    });
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof InputException ie) {
        ie.lines().forEach(c.getErr()::println);
        c.getErr().println("nothing written: " + ie.problems().fatalCount() + " problem(s) in the inputs");
        return INVALID;
      }
      if (ex instanceof UsageException ue) {
        ue.lines().forEach(c.getErr()::println);
        return INVALID;
      }
      if (ex instanceof RequestException re) {
        c.getErr().println("error: " + re.getMessage());
        c.getErr().println("nothing written");
        return INVALID;
      }
      if (ex instanceof OutputDirectory.Refused r) {
        c.getErr().println("error: " + r.getMessage());
        c.getErr().println("nothing written");
        return INVALID;
      }
      IOException io = ex instanceof IOException e ? e : ex instanceof UncheckedIOException u ? u.getCause() : null;
      if (io != null) {
        String file = io instanceof FileSystemException fs && fs.getFile() != null
            ? DisplayPath.of(fs.getFile()) + ": " : "";
        c.getErr().println("error: cannot write the outputs: " + file + OutputDirectory.reason(io));
        c.getErr().println("nothing written: the output folder is as it was");
        return INVALID;
      }
      c.getErr().println("internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? ""
          : ": " + ex.getMessage()));
      if (System.getenv("FOOTPRINT_DEBUG") != null) {
        ex.printStackTrace(c.getErr());
      } else {
        c.getErr().println("(set FOOTPRINT_DEBUG=1 for the stack trace; please report it)");
      }
      return INTERNAL;
    });
    return cmd;
  }

  /** picocli's messages, without the Java exception it sometimes appends in brackets. */
  static String withoutJavaNames(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\((java|picocli)\\.[^)]*\\)", "")
        .replaceAll("to (class|interface) java\\.nio\\.file\\.Path", "to a file name")
        .replaceAll("to (class|interface) [a-z]+(\\.[A-Za-z$]+)+", "to the value expected")
        .replace("\u0000", "\\0");
  }
}
