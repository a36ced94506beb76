package io.footprint.cli;

import io.footprint.io.InputException;
import java.io.PrintWriter;
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
    CommandLine cmd = commandLine(out, err);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new FootprintCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("error: " + ex.getMessage());
      c.getErr().println("see: footprint " + c.getCommandName().replace("footprint", "").strip() + " --help");
      return INVALID;
    });
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof InputException ie) {
        ie.lines().forEach(c.getErr()::println);
        c.getErr().println("nothing written: " + ie.problems().fatal().size() + " problem(s) in the inputs");
        return INVALID;
      }
      if (ex instanceof UsageException ue) {
        c.getErr().println("error: " + ue.getMessage());
        return INVALID;
      }
      c.getErr().println("internal error: " + ex);
      if (System.getenv("FOOTPRINT_DEBUG") != null) {
        ex.printStackTrace(c.getErr());
      } else {
        c.getErr().println("(set FOOTPRINT_DEBUG=1 for the stack trace; please report it)");
      }
      return INTERNAL;
    });
    return cmd;
  }
}
