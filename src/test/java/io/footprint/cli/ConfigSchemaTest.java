package io.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.footprint.run.Gate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;


/** The published JSON schema and the config the code reads say the same thing, and the examples follow it. */
class ConfigSchemaTest {
  static final Path SCHEMA = Path.of("examples/footprint-config.schema.json");

  @Test
  void schemaListsExactlyTheKeysTheReaderAccepts() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    assertThat(keys(schema.get("properties"))).isEqualTo(new TreeSet<>(ConfigFile.TOP));
    assertThat(keys(schema.get("$defs").get("settings").get("properties")))
        .isEqualTo(new TreeSet<>(ConfigFile.SETTINGS));
    assertThat(keys(schema.get("properties").get("fail_on").get("properties")))
        .isEqualTo(new TreeSet<>(Gate.names()));
  }

  @Test
  void examplesUseOnlyKnownKeysAndRead() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    Set<String> known = keys(schema.get("properties"));
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      for (Path yaml : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        assertThat(keys(config)).as(yaml.toString()).isSubsetOf(known);
        assertThat(ConfigFile.read(yaml)).as(yaml.toString()).isNotNull();
      }
    }
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

}
