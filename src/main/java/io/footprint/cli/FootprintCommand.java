package io.footprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command; does nothing itself but list the subcommands. */
@Command(name = "footprint", mixinStandardHelpOptions = true, versionProvider = FootprintCommand.Version.class,
    description = "Proposes NHS clinical network footprints from patient flows.",
    subcommands = {RunCommand.class, ProposeCommand.class, ScanCommand.class, RefineCommand.class, CompareCommand.class,
        AlignCommand.class, ValidateCommand.class,
        GenerateCommand.class, picocli.AutoComplete.GenerateCompletion.class, picocli.CommandLine.HelpCommand.class},
    footer = {"", "Example:", "  target/footprint run            # the embedded demo -> ./footprint-out/",
        "", "Shell completion (bash, zsh): source <(target/footprint generate-completion)"})
final class FootprintCommand implements Runnable {
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
