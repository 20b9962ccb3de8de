package dev.cashback.plugin.application.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas,
 * line breaks and doubled quotes; lines end with CRLF or LF; a byte-order mark is skipped.
 */
final class CsvReader {

  private CsvReader() {}

  /** One record and the line of the text it starts on (from 1). */
  record Record(int line, List<String> fields) {}

  /** The records of {@code text}; blank lines are left out. */
  static List<Record> records(String text) {
    List<Record> records = new ArrayList<>();
    int line = 1;
    int recordLine = 1;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        addUnlessBlank(records, recordLine, fields);
        fields = new ArrayList<>();
        line++;
        recordLine = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("A quoted field is not closed.");
    }
    if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      addUnlessBlank(records, recordLine, fields);
    }
    return records;
  }

  private static void addUnlessBlank(List<Record> records, int line, List<String> fields) {
    if (!(fields.size() == 1 && fields.get(0).isBlank())) {
      records.add(new Record(line, fields));
    }
  }
}
