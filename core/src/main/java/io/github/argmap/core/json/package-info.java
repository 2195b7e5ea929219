/**
 * argmap's own JSON format: {@link io.github.argmap.core.json.JsonMapReader} checks everything it
 * reads and names the line and column of every problem; {@link io.github.argmap.core.json.JsonMapWriter}
 * writes deterministic JSON that reads back to an equal map.
 *
 * <p>A file is one object: {@code "argmap": 1} (the format version), {@code title}, and optionally
 * {@code source}, {@code notes}, {@code speakers}, {@code sections}, then {@code claims} and
 * {@code relations}; the readers' javadoc lists every field. Unknown fields are refused by name.
 * To read and write maps with a Jackson {@code ObjectMapper}, use the {@code argmap-jackson}
 * artifact's {@code ArgmapModule}, which goes through these two classes.
 *
 * <pre>{@code
 * ArgumentMap map = JsonMapReader.read(Path.of("debate.json"));
 * JsonMapWriter.write(map, Path.of("copy.json"));   // atomically: a failed write leaves the old file
 * }</pre>
 */
package io.github.argmap.core.json;
