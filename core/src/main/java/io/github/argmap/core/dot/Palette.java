package io.github.argmap.core.dot;

import java.util.List;

/**
 * The fill colours of a diagram: the Okabe–Ito palette, which stays distinguishable for the
 * common forms of colour blindness, lightened a quarter towards white so black text reads on
 * every fill.
 *
 * <p>Okabe and Ito's eight colours are orange, sky blue, bluish green, yellow, blue, vermillion,
 * reddish purple and black. Black cannot carry text, so the eighth fill is a neutral grey; claims
 * that have no value for what is coloured (no speaker, no tag) are white. The order puts hues
 * that could be confused (orange and vermillion, the two blues) far apart, so a map with few
 * groups gets the most distinct ones. Only a map with more than {@value #SIZE} groups repeats a
 * colour, and the legend and the text in each box still tell the groups apart.
 */
final class Palette {
    /** How many distinct fills there are. */
    static final int SIZE = 8;

    /** Okabe–Ito, each channel mixed 25% towards white, then grey. */
    static final List<String> FILLS = List.of(
            "#ECB740", // orange        #E69F00
            "#80C7EE", // sky blue      #56B4E9
            "#40B696", // bluish green  #009E73
            "#D99ABD", // reddish purple #CC79A7
            "#F4EB71", // yellow        #F0E442
            "#4095C5", // blue          #0072B2
            "#E08640", // vermillion    #D55E00
            "#BBBBBB"); // grey, in place of black

    /** Claims with no value for what is coloured. */
    static final String NONE_FILL = "#FFFFFF";

    /** Accepted, rejected and undecided claims when colouring by status: green, vermillion, grey. */
    static final String ACCEPTED_FILL = "#40B696";
    static final String REJECTED_FILL = "#E08640";
    static final String UNDECIDED_FILL = "#BBBBBB";

    private Palette() {}

    /**
     * The fill of the {@code index}-th group, repeating after {@value #SIZE}.
     *
     * @param index 0 for the first group
     * @return a colour such as {@code #ECB740}
     */
    static String fill(int index) {
        return FILLS.get(Math.floorMod(index, SIZE));
    }
}
