package lv.klade.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lv.klade.i18n.UserError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A student list saved as CSV text: its encoding and separator found out, its quotes checked. */
final class StudentImportCsv {
    /** What Latvian Windows saves "CSV (semikolu atdalīts)" in. */
    static final Charset BALTIC = Charset.forName("windows-1257");
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private StudentImportCsv() {
    }

    static StudentImportTable read(String name, byte[] bytes) {
        Decoded decoded = decode(name, bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw UserError.of("people.import.file.empty", name);
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
            throw UserError.of("people.import.file.unknownFormat", name);
        }
        char separator = separator(text);
        List<List<String>> records = records(name, text, separator);
        if (records.getFirst().size() < 2) {
            throw UserError.of("people.import.file.oneColumn", name);
        }
        List<StudentImportTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new StudentImportTable.Row(i + 1, records.get(i)));
        }
        String source = "CSV · " + decoded.charset().displayName() + " · " + (separator == '\t' ? "TAB" : separator);
        return StudentImportFiles.table(name, source, records.getFirst(), rows);
    }

    private record Decoded(String text, Charset charset) {
    }

    /** By the byte order mark; else UTF-8 when the bytes are valid UTF-8, else Windows-1257. */
    private static Decoded decode(String name, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        return strictly(bytes, StandardCharsets.UTF_8).or(() -> strictly(bytes, BALTIC))
                .orElseThrow(() -> UserError.of("people.import.file.unknownFormat", name));
    }

    private static Optional<Decoded> strictly(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new Decoded(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The separator that the first line has most of outside quotes; ";" when it is a tie. */
    private static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    counts[s] += c == SEPARATORS[s] ? 1 : 0;
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            best = counts[s] > counts[best] ? s : best;
        }
        return SEPARATORS[best];
    }

    /** Every record, blank lines included so that the numbers stay those a spreadsheet shows. */
    private static List<List<String>> records(String name, String text, char separator) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        List<List<String>> records = new ArrayList<>();
        long nextStartsOn = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var iterator = parser.iterator();
            while (true) {
                nextStartsOn = parser.getCurrentLineNumber() + 1;
                if (!iterator.hasNext()) {
                    break;
                }
                CSVRecord record = iterator.next();
                records.add(Arrays.asList(record.values()));
            }
        } catch (UncheckedIOException | IOException e) {
            // An opening quote without its closing one, or text after a closing quote.
            throw UserError.of("people.import.file.badQuotes", name, String.valueOf(nextStartsOn));
        }
        return records;
    }
}
