package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published JSON schema and the config the code reads say the same thing, and the examples follow it. */
class ConfigSchemaTest {
  static final Path SCHEMA = Path.of("examples/footprint-config.schema.json");

  @Test
  void schemaListsExactlyTheKeysTheReaderAccepts() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    assertThat(keys(schema.get("properties"))).isEqualTo(fields(RunConfig.class));
    assertThat(keys(schema.get("$defs").get("settings").get("properties")))
        .isEqualTo(fields(RunConfig.ConditionConfig.class));
    assertThat(keys(schema.get("properties").get("fail_on").get("properties"))).isEqualTo(new TreeSet<>(Gates.NAMES));
  }

  @Test
  void examplesUseOnlyKnownKeysAndRead() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    Set<String> known = keys(schema.get("properties"));
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      for (Path yaml : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        assertThat(keys(config)).as(yaml.toString()).isSubsetOf(known);
        assertThat(RunCommand.read(yaml)).as(yaml.toString()).isNotNull();
      }
    }
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static Set<String> fields(Class<?> type) {
    Set<String> out = new TreeSet<>();
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers())) {
        JsonProperty p = f.getAnnotation(JsonProperty.class);
        out.add(p != null ? p.value() : f.getName());
      }
    }
    return out;
  }
}
