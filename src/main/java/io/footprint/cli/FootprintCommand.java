package io.footprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The top-level command; does nothing itself but list the subcommands, which {@link Main} adds ({@link
 * #SUBCOMMANDS}).
 */
@Command(name = "footprint", mixinStandardHelpOptions = true, versionProvider = FootprintCommand.Version.class,
    description = "Proposes NHS clinical network footprints from patient flows.",
    footer = {"", "Example:", "  target/footprint run            # the embedded demo -> ./footprint-out/",
        "", "Shell completion (bash, zsh): source <(target/footprint generate-completion)"})
final class FootprintCommand implements Runnable {
  /**
   * The subcommands by name, in the order the usage lists them. picocli builds a command's model (every option,
   * by reflection over its annotations) when the command is added, so {@link Main} adds only the one a command
   * line names, and all of them when it names none (help, completion, a mistyped name and its suggestions).
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("run", RunCommand::new);
    m.put("propose", ProposeCommand::new);
    m.put("scan", ScanCommand::new);
    m.put("refine", RefineCommand::new);
    m.put("compare", CompareCommand::new);
    m.put("align", AlignCommand::new);
    m.put("validate", ValidateCommand::new);
    m.put("generate", GenerateCommand::new);
    m.put("generate-completion", AutoComplete.GenerateCompletion::new);
    m.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(m);
  }

  /** Whether a command line that starts with {@code first} needs only that subcommand. */
  static boolean needsOnly(String first) {
    return SUBCOMMANDS.containsKey(first) && !first.equals("help") && !first.equals("generate-completion");
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The build's version, from the properties Maven filters at build time. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"footprint " + version()};
    }
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = FootprintCommand.class.getResourceAsStream("/footprint-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
