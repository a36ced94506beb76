package io.footprint.run;

/**
 * The inputs cannot give what the request asks for: a target no resolution reaches, a minimum
 * population above all residents, nesting in regions that are not among the references. The
 * request's fault, not the program's: the command line exits with code 2.
 */
public final class RequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RequestException(String message) {
    super(message);
  }
}
