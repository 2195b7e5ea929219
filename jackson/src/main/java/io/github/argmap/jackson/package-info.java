/**
 * Jackson databind support for argument maps: {@link io.github.argmap.jackson.ArgmapModule}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * ArgumentMap map = mapper.readValue(new File("debate.json"), ArgumentMap.class);
 * }</pre>
 */
package io.github.argmap.jackson;
