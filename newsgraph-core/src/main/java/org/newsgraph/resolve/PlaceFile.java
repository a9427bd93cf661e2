package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.DataFile;

/** Reads the rows of a gazetteer file (format in {@code geonames/README.md}), failing on the first bad line. */
final class PlaceFile {

    private static final int COLUMNS = 8;

    /** One place and the other names it goes by. */
    record Row(Place place, List<String> alternates) {}

    private PlaceFile() {}

    static List<Row> read(String file) {
        List<Row> rows = new ArrayList<>();
        DataFile.read(PlaceFile.class, file, (line, text) -> rows.add(row(file, line, text)));
        return rows;
    }

    private static Row row(String file, int line, String text) {
        String[] f = text.split("\t", -1);
        if (f.length != COLUMNS) {
            throw DataFile.fault(file, line, "expected " + COLUMNS + " tab-separated columns, found " + f.length);
        }
        if (f[1].isBlank() || f[6].isBlank()) {
            throw DataFile.fault(file, line, "a place needs a name and a feature code");
        }
        try {
            Place place = new Place(Long.parseLong(f[0]), f[1], f[2], degrees(f[3]), degrees(f[4]),
                    Long.parseLong(f[5]), f[6]);
            return new Row(place, f[7].isEmpty() ? List.of() : List.of(f[7].split("\\|")));
        } catch (NumberFormatException e) {
            throw DataFile.fault(file, line, "not a number: " + e.getMessage());
        }
    }

    private static double degrees(String value) {
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }
}
