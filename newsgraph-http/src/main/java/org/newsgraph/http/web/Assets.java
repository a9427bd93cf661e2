package org.newsgraph.http.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages' files are served: this package's own (style sheet, map script, the country
 * shapes) under {@code /static}, and Leaflet from its WebJar under {@code /webjars}, at the
 * version the jar on the class path has.
 */
final class Assets {

    static final String STATIC = "/static";
    static final String STYLE = STATIC + "/web.css";
    static final String ICON = STATIC + "/favicon.svg";
    static final String MAP_SCRIPT = STATIC + "/map.js";
    static final String COUNTRIES = STATIC + "/countries-110m.geojson";
    private static final String LEAFLET_POM = "/META-INF/maven/org.webjars.npm/leaflet/pom.properties";

    private final String leaflet;

    private Assets(String leafletVersion) {
        this.leaflet = "/webjars/leaflet/" + leafletVersion + "/dist";
    }

    /** The assets of the Leaflet WebJar on the class path; fails when it is missing, a packaging bug. */
    static Assets load() {
        try (InputStream in = Assets.class.getResourceAsStream(LEAFLET_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Leaflet WebJar is missing from the class path");
            }
            Properties pom = new Properties();
            pom.load(in);
            return new Assets(pom.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException("the Leaflet WebJar cannot be read", e);
        }
    }

    String leafletStyle() {
        return leaflet + "/leaflet.css";
    }

    String leafletScript() {
        return leaflet + "/leaflet.js";
    }
}
