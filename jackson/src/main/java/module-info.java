/**
 * argmap's Jackson module: argument maps read and written in argmap's JSON format by any
 * {@code ObjectMapper}.
 */
module io.github.argmap.jackson {
    // ArgumentMap is what the module reads and writes; users name it in readValue.
    requires transitive io.github.argmap.core;
    // ArgmapModule is a databind Module and ArgmapMappingException a JsonMappingException.
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;

    exports io.github.argmap.jackson;

    provides com.fasterxml.jackson.databind.Module with io.github.argmap.jackson.ArgmapModule;
}
