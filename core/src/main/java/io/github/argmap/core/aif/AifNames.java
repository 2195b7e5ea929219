package io.github.argmap.core.aif;

import io.github.argmap.core.Ids;
import io.github.argmap.core.Speaker;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names in foreign AIF: ids made from node ids and speakers' names, and the speaker's name AIFdb
 * writes before a locution's text.
 */
final class AifNames {
    private AifNames() {}

    private static final Pattern NOT_ID_CHAR = Pattern.compile("[^A-Za-z0-9._-]");

    /**
     * The speaker's name AIFdb writes before a locution's text, {@code "CL : and therefore …"}: up to
     * 60 characters before the first {@code " : "} (or {@code ": "}), with no sentence punctuation.
     */
    static String prefixName(String locution) {
        int colon = locution.indexOf(':');
        if (colon <= 0 || colon > 60 || colon + 1 >= locution.length() || locution.charAt(colon + 1) != ' ') {
            return null;
        }
        String who = locution.substring(0, colon).trim();
        if (who.isEmpty() || locution.substring(colon + 1).isBlank()) {
            return null;
        }
        for (int i = 0; i < who.length(); i++) {
            char c = who.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '"' || c == '\n') {
                return null;
            }
        }
        return who;
    }

    /** The said words of a locution: its text without a leading "Name:" when the name is its speaker's. */
    static Optional<String> quoteOf(String locution, Speaker speaker) {
        String text = locution;
        int colon = text.indexOf(':');
        if (colon > 0) {
            String who = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String[] names = AifWriter.splitName(speaker.name());
            if (who.equals(speaker.name().trim().toLowerCase(Locale.ROOT))
                    || who.equals(names[0].toLowerCase(Locale.ROOT))
                    || who.equals(names[1].toLowerCase(Locale.ROOT))) {
                text = text.substring(colon + 1).trim();
            }
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }


    /** Replaces every character an id may not hold by {@code _}, leaving room for a prefix and a suffix. */
    static String sanitize(String raw) {
        String s = NOT_ID_CHAR.matcher(raw).replaceAll("_");
        return s.length() > Ids.MAX_LENGTH - 8 ? s.substring(0, Ids.MAX_LENGTH - 8) : s;
    }

    /** A lower-case ASCII id from a name: {@code Ilke Toygür} gives {@code ilke-toygur}. */
    static Optional<String> slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(s.length() > Ids.MAX_LENGTH - 8 ? s.substring(0, Ids.MAX_LENGTH - 8) : s);
    }

    /**
     * The base, or the base with the smallest suffix {@code -2}, {@code -3} ... not yet taken. As
     * {@code taken} only grows, the search for a base resumes where it last stopped: the same ids as
     * counting up from 2 each time, without its quadratic cost.
     *
     * @param nextSuffix the number to try next after each base, one map per {@code taken} set
     */
    static String unique(String base, Set<String> taken, Map<String, Integer> nextSuffix) {
        if (taken.add(base)) {
            return base;
        }
        int i = nextSuffix.getOrDefault(base, 2);
        while (!taken.add(base + "-" + i)) {
            i++;
        }
        nextSuffix.put(base, i + 1);
        return base + "-" + i;
    }
}
