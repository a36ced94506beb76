package io.footprint.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The SHA-256 of each input file for the report's provenance ({@link Provenance}), read on a thread of its own
 * from the moment the run's inputs are named, so that the hashes are of the files as the run reads them and the
 * reading overlaps the run instead of lengthening the writing of its outputs.
 */
public final class InputChecksums {
  private final CompletableFuture<Map<String, String>> sums;

  private InputChecksums(CompletableFuture<Map<String, String>> sums) {
    this.sums = sums;
  }

  /**
   * Starts reading the files named by {@code inputNames} (by role, as {@link io.footprint.run.Request#inputNames}
   * gives them); names of inputs built in ({@code demo:}) or of no regular file are left out.
   */
  public static InputChecksums start(Map<String, List<String>> inputNames) {
    CompletableFuture<Map<String, String>> sums = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        sums.complete(of(inputNames));
      } catch (RuntimeException | Error e) {
        sums.completeExceptionally(e);
      }
    }, "input-checksums");
    // it only reads; a run that ends early (bad input) does not wait for it
    reader.setDaemon(true);
    reader.start();
    return new InputChecksums(sums);
  }

  /** The hashes of {@code inputNames}' files, read now on the calling thread. */
  static Map<String, String> of(Map<String, List<String>> inputNames) {
    Map<String, String> sums = new HashMap<>();
    for (List<String> names : inputNames.values()) {
      for (String name : names) {
        if (!name.startsWith("demo:") && Files.isRegularFile(Path.of(name))) {
          String sum = Provenance.sha256(Path.of(name));
          if (!sum.isEmpty()) {
            sums.put(name, sum);
          }
        }
      }
    }
    return sums;
  }

  /** Each input file's SHA-256 by its name, once all are read; a file that could not be read is left out. */
  Map<String, String> await() {
    try {
      return sums.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the inputs' checksums were read", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
