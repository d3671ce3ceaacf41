package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads listings from CSV (RFC 4180, UTF-8, a header row naming the columns). Columns:
 * {@code reference, type, transaction, price, currency, bedrooms, size_sqft, community, title_en,
 * title_fa, title_ar, title_ru, description_en, description_fa, description_ar, description_ru,
 * photos} (URLs separated by {@code |}), {@code expected_annual_rent, annual_service_charges,
 * handover_date} (YYYY-MM-DD), {@code residency_eligible, active} ({@code true}/{@code false}).
 * Only {@code reference, type, transaction, price, currency, community, title_en} are required.
 */
public final class ListingCsv {

    static final List<String> REQUIRED = List.of("reference", "type", "transaction", "price", "currency",
            "community", "title_en");
    static final Set<String> KNOWN = Set.of("reference", "type", "transaction", "price", "currency", "bedrooms",
            "size_sqft", "community", "title_en", "title_fa", "title_ar", "title_ru", "description_en",
            "description_fa", "description_ar", "description_ru", "photos", "expected_annual_rent",
            "annual_service_charges", "handover_date", "residency_eligible", "active");
    /** More rows than this in one file is refused: split the file. */
    public static final int MAX_ROWS = 5_000;

    private ListingCsv() {
    }

    /** One data row: its line number in the file and either a draft or why it cannot be one. */
    public record Row(long line, String reference, ListingDraft draft, List<String> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Parses the rows; a row that cannot become a listing carries its problems. A file without the
     * required columns, or with too many rows, is a {@link CsvFileException}.
     */
    public static List<Row> read(Reader reader) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(name -> name.strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip())
                    .toList();
            List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw new CsvFileException("missing columns: " + String.join(", ", missing));
            }
            List<Row> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new CsvFileException("more than " + MAX_ROWS + " rows; split the file");
                }
                rows.add(row(record, header, seen));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            if (e instanceof CsvFileException) {
                throw e;
            }
            throw new CsvFileException("not a readable CSV file: " + e.getMessage());
        }
    }

    private static Row row(CSVRecord record, List<String> header, Set<String> seen) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            String value = record.get(i);
            if (KNOWN.contains(header.get(i)) && value != null && !value.isBlank()) {
                cells.put(header.get(i), value.strip());
            }
        }
        List<String> problems = new ArrayList<>();
        if (record.size() != header.size()) {
            problems.add("has " + record.size() + " cells, the header has " + header.size());
        }
        ListingDraft draft = new ListingDraft(
                cells.get("reference"),
                enumOf(PropertyType.class, cells.get("type"), "type", problems),
                enumOf(Transaction.class, cells.get("transaction"), "transaction", problems),
                number(cells.get("price"), "price", problems),
                cells.get("currency"),
                integer(cells.get("bedrooms"), "bedrooms", problems),
                integer(cells.get("size_sqft"), "size_sqft", problems),
                cells.get("community"),
                texts(cells, "title_"),
                texts(cells, "description_"),
                cells.containsKey("photos") ? Arrays.stream(cells.get("photos").split("\\|"))
                        .map(String::strip).filter(url -> !url.isEmpty()).toList() : List.of(),
                number(cells.get("expected_annual_rent"), "expected_annual_rent", problems),
                number(cells.get("annual_service_charges"), "annual_service_charges", problems),
                date(cells.get("handover_date"), problems),
                bool(cells.get("residency_eligible"), "residency_eligible", problems),
                bool(cells.get("active"), "active", problems));
        problems.addAll(draft.problems());
        String reference = cells.get("reference");
        if (reference != null && !seen.add(reference.toLowerCase(Locale.ROOT))) {
            problems.add("reference " + reference + " appears more than once in the file");
        }
        return new Row(record.getRecordNumber() + 1, reference, draft, List.copyOf(problems));
    }

    private static Map<String, String> texts(Map<String, String> cells, String prefix) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : List.of("en", "fa", "ar", "ru")) {
            String text = cells.get(prefix + language);
            if (text != null) {
                texts.put(language, text);
            }
        }
        return texts;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String column, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(column + " '" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
            return null;
        }
    }

    private static Long number(String value, String column, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            problems.add(column + " '" + value + "' is not a whole number");
            return null;
        }
    }

    private static Integer integer(String value, String column, List<String> problems) {
        Long number = number(value, column, problems);
        if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
            problems.add(column + " is out of range");
            return null;
        }
        return number == null ? null : number.intValue();
    }

    private static LocalDate date(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("handover_date '" + value + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static Boolean bool(String value, String column, List<String> problems) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                problems.add(column + " '" + value + "' is not true or false");
                yield null;
            }
        };
    }

    /** The file as a whole cannot be imported. */
    public static final class CsvFileException extends RuntimeException {
        public CsvFileException(String message) {
            super(message);
        }
    }
}
