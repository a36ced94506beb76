package io.footprint.cli;

/** A command used wrongly in a way picocli cannot see (an option's value out of range, a bad combination). */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
