package io.footprint.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Why a file could not be read, in a user's words: the parsers and streams below the readers throw
 * exceptions whose names and texts mean nothing to an analyst. Text that is not UTF-8 is located (line
 * and byte) by reading the file again, which costs nothing on the usual path where the file is valid.
 */
final class ReadFailure {
  /** The longest field FastCSV holds (its buffer); an unclosed quote makes the rest of a file one field. */
  static final String TOO_LONG = "a line or field longer than 16 million characters: is it a CSV file? "
      + "(an unclosed quote makes the rest of a file one field)";

  private ReadFailure() {}

  /** Records why {@code file} could not be read; {@code line} is where reading stopped, 0 if unknown. */
  static void report(Throwable failure, Path file, long line, Problems problems) {
    String name = file.toString();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        invalidText(file, problems);
        return;
      }
      if (t instanceof EOFException || t instanceof ZipException) {
        problems.add(ProblemType.UNREADABLE_FILE, name, line, "", "", isGzip(file)
            ? "the compressed file is truncated or damaged: it ends before its data does"
            : "the file ends in the middle of a value");
        return;
      }
      if (t instanceof AccessDeniedException) {
        problems.add(ProblemType.UNREADABLE_FILE, name, 0, "", "", "permission denied");
        return;
      }
      if (t instanceof NoSuchFileException) {
        problems.add(ProblemType.UNREADABLE_FILE, name, 0, "", "", "no such file");
        return;
      }
      if (t instanceof FileSystemException fs && fs.getReason() != null) {
        problems.add(ProblemType.UNREADABLE_FILE, name, line, "", "", fs.getReason().toLowerCase(Locale.ROOT));
        return;
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("maximum buffer size") || m.contains("maximum limit of") || m.contains("maximum number of fields")) {
        problems.add(ProblemType.UNREADABLE_FILE, name, line, "", "", TOO_LONG);
        return;
      }
    }
    problems.add(ProblemType.UNREADABLE_FILE, name, line, "", "", "the file could not be read as text");
  }

  /**
   * Records why a JSON (GeoJSON, summary) file could not be read: bad text as above, a syntax error
   * with the line and column where the parser stopped, else as {@link #report}.
   */
  static void reportJson(Throwable failure, Path file, ProblemType type, Problems problems) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        invalidText(file, problems);
        return;
      }
      if (t instanceof JsonProcessingException j) {
        JsonLocation at = j.getLocation();
        String why = j.getOriginalMessage() == null ? "" : j.getOriginalMessage().split("\n")[0];
        why = why.replaceAll("\\s*\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)",
            " (opened on line $1)").replaceAll("\\[Source: [^\\]]*\\]", "").strip();
        if (why.startsWith("Unexpected end-of-input")) {
          why = "the file ends before its JSON does: is it truncated?";
        }
        problems.add(type, file.toString(), at == null ? 0 : Math.max(0, at.getLineNr()), "", "",
            (at != null && at.getColumnNr() > 0 ? "column " + at.getColumnNr() + ": " : "") + why);
        return;
      }
    }
    report(failure, file, 0, problems);
  }

  private static boolean isGzip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException e) {
      return false;
    }
  }

  /** Finds the first byte sequence that is not UTF-8 and reports it with its line and byte. */
  private static void invalidText(Path file, Problems problems) {
    String binary = binaryKind(file);
    if (binary != null) {
      problems.add(ProblemType.INVALID_ENCODING, file.toString(), 0, "", "", "it is " + binary + ", not a text file: "
          + "save it as CSV (UTF-8) or GeoJSON");
      return;
    }
    long line = 1;
    long column = 1;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.mark(2);
      boolean gz = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      InputStream in = gz ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
      byte[] seq = new byte[4];
      for (int b = in.read(); b >= 0; b = in.read()) {
        int need = b < 0x80 ? 0 : (b & 0xe0) == 0xc0 && b >= 0xc2 ? 1 : (b & 0xf0) == 0xe0 ? 2
            : (b & 0xf8) == 0xf0 && b <= 0xf4 ? 3 : -1;
        seq[0] = (byte) b;
        int got = 0;
        boolean ok = need >= 0;
        if (ok && need > 0) {
          in.mark(4);
          for (int k = 1; k <= need && ok; k++) {
            int c = in.read();
            ok = c >= 0 && (c & 0xc0) == 0x80;
            if (ok) {
              seq[k] = (byte) c;
              got++;
            }
          }
          ok &= got == need && !overlong(seq, need);
          if (!ok) {
            in.reset();
          }
        }
        if (!ok) {
          String shown = String.format(Locale.ROOT, "0x%02X", b);
          String as1252 = new String(new byte[] {(byte) b}, Charset.forName("windows-1252"));
          problems.add(ProblemType.INVALID_ENCODING, file.toString(), line, "", shown, "at byte " + column
              + " of the line; it reads as \"" + as1252 + "\" in Windows-1252 (Latin-1): save the file as UTF-8, "
              + "or give --encoding windows-1252");
          return;
        }
        if (b == '\n') {
          line++;
          column = 1;
        } else {
          column += 1 + need;
        }
      }
    } catch (IOException e) {
      // fall through: the decoder saw something the scan cannot find again
    }
    problems.add(ProblemType.INVALID_ENCODING, file.toString(), 0, "", "", "save the file as UTF-8, "
        + "or give --encoding with the encoding it is in");
  }

  /** What a binary file that analysts mistake for a CSV is, from its first bytes; null when it is none of them. */
  private static String binaryKind(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return "a zip file or an Excel workbook (.xlsx)";
      }
      if (head.length == 4 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11
          && (head[3] & 0xff) == 0xe0) {
        return "an old Excel workbook (.xls)";
      }
      if (head.length >= 3 && head[0] == '%' && head[1] == 'P' && head[2] == 'D') {
        return "a PDF";
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private static boolean overlong(byte[] s, int need) {
    int b0 = s[0] & 0xff;
    int b1 = s[1] & 0xff;
    return (need == 2 && b0 == 0xe0 && b1 < 0xa0) || (need == 2 && b0 == 0xed && b1 >= 0xa0)
        || (need == 3 && b0 == 0xf0 && b1 < 0x90) || (need == 3 && b0 == 0xf4 && b1 >= 0x90);
  }
}
