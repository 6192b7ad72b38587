package org.forewarn.console;

import org.forewarn.shared.web.ConsoleProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every console page's maps know the online tile server, if one is configured (empty: offline boundaries only). */
@ControllerAdvice(basePackageClasses = MapTiles.class)
class MapTiles {

    private final String tileUrl;

    MapTiles(ConsoleProperties console) {
        this.tileUrl = console.tileUrl();
    }

    @ModelAttribute("tileUrl")
    String tileUrl() {
        return tileUrl;
    }
}
