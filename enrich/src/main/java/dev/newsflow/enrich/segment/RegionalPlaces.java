package dev.newsflow.enrich.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * The regional place names newsflow ships ({@code places.txt}), added once per process to HanLP's custom
 * dictionary as places, so that 惠山区 is one place word and 惠山 no person.
 */
final class RegionalPlaces {

    /** Frequency given to each added place: high enough to win over cutting it apart. */
    private static final String NATURE = "ns 2000";

    private RegionalPlaces() {
    }

    static void addToDictionary() {
        try (InputStream in = RegionalPlaces.class.getResourceAsStream("places.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource places.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String place = line.strip();
                if (!place.isEmpty() && !place.startsWith("#")) {
                    CustomDictionary.insert(place, NATURE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
