package io.github.argmap.api.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.dot.Graphviz;
import io.github.argmap.core.seeds.Seeds;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The panel's page in a real browser: Debian's headless Chromium, driven through the DevTools
 * protocol. Skipped where Chromium is not installed; {@code .ci/run} installs it. Screenshots go
 * to {@code api/target/screenshots/}.
 */
class HtmlPageBrowserTest {
    private static final String NO_CHROMIUM = "chromium is not on the PATH; install it (apt-get install chromium) "
            + "to run the browser test, as .ci/run does";

    @ParameterizedTest
    @EnumSource(value = HtmlOptions.Layout.class, names = {"GRAPHVIZ", "BUILTIN"})
    void panelPage_showsEveryClaim_searchFindsOne_andAClickShowsItsQuote(HtmlOptions.Layout layout, @TempDir Path dir)
            throws Exception {
        Optional<Path> browser = Chromium.find();
        assumeTrue(browser.isPresent(), NO_CHROMIUM);
        assumeTrue(layout != HtmlOptions.Layout.GRAPHVIZ || Graphviz.isAvailable(), "Graphviz's dot is not on the PATH");
        ArgumentMap panel = Seeds.panel();
        Path page = dir.resolve("panel.html");
        HtmlPage.write(panel, HtmlOptions.builder().layout(layout).build(), page);
        String name = layout.name().toLowerCase(Locale.ROOT);
        try (Chromium chromium = Chromium.start(browser.get(), 1400, 900)) {
            chromium.open(page);

            // Every claim is an element with its id, once.
            Object ids = chromium.eval("Array.from(document.querySelectorAll('#canvas [data-claim-id]'))"
                    + ".map(e => e.getAttribute('data-claim-id')).sort()");
            assertThat(strings(ids)).hasSize(175)
                    .containsExactlyElementsOf(panel.claims().stream().map(Claim::id).sorted().toList());
            chromium.screenshot(Path.of("target", "screenshots", "panel-" + name + "-overview.png"));

            // Search: a phrase of one claim's text finds that claim alone; a speaker's name finds
            // as many claims as the same rule counts here (text, speaker, id or quote contain it).
            Claim target = panel.requireClaim("rieker-no-single-institution");
            String phrase = target.text().substring(0, 40).toLowerCase(Locale.ROOT);
            long expected = panel.claims().stream().filter(c -> matches(panel, c, phrase)).count();
            assertThat(expected).isEqualTo(1);
            Object found = chromium.eval(search(phrase)
                    + "Array.from(document.querySelectorAll('#results [data-goto]')).map(a => a.getAttribute('data-goto'))");
            assertThat(strings(found)).containsExactly(target.id());
            long rieker = panel.claims().stream().filter(c -> matches(panel, c, "rieker")).count();
            assertThat(chromium.eval(search("Rieker") + "document.querySelectorAll('#canvas .claim.hit').length"))
                    .isEqualTo((double) rieker);
            assertThat(chromium.eval("document.getElementById('count').textContent"))
                    .isEqualTo(rieker + " of 175 claims");

            // Click the claim where it is drawn, with the mouse: the panel shows its quote and speaker.
            chromium.eval(search("") + "argmap.show('" + target.id() + "', true); 0");
            chromium.eval("document.getElementById('claim').textContent = ''; 0");
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) chromium.eval("(() => { const r = document.querySelector("
                    + "'[data-claim-id=\"" + target.id() + "\"]').getBoundingClientRect();"
                    + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
            chromium.click((Double) box.get("x"), (Double) box.get("y"));
            assertThat(chromium.eval("document.getElementById('claim').getAttribute('data-claim-id')")).isEqualTo(target.id());
            assertThat((String) chromium.eval("document.querySelector('#claim blockquote.quote').textContent"))
                    .contains(target.quote().orElseThrow());
            assertThat((String) chromium.eval("document.querySelector('#claim .speaker').textContent"))
                    .startsWith("Pernille Rieker");
            assertThat((String) chromium.eval("document.getElementById('claim').textContent"))
                    .contains("The case for", "The case against", "under grounded, attack-only reading");
            chromium.screenshot(Path.of("target", "screenshots", "panel-" + name + "-claim.png"));

            // Filters: a section leaves its claims lit and dims the others; zoom narrows the view.
            long inSection = panel.claims().stream().filter(c -> c.section().orElse("").equals("question-norway")).count();
            Object dimmed = chromium.eval("(() => { const f = document.getElementById('f-section'); f.value = 'question-norway';"
                    + " f.dispatchEvent(new Event('change')); return document.querySelectorAll('#canvas .claim.dim').length; })()");
            assertThat(dimmed).isEqualTo((double) (175 - inSection));
            double before = (Double) chromium.eval("document.querySelector('#canvas svg').viewBox.baseVal.width");
            chromium.eval("document.getElementById('zoom-in').click(); 0");
            double after = (Double) chromium.eval("document.querySelector('#canvas svg').viewBox.baseVal.width");
            assertThat(after).isLessThan(before);
        }
    }

    /** The page's search rule, written again: text, speaker's name, id or quote contain the words. */
    private static boolean matches(ArgumentMap map, Claim c, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        String speaker = map.speakerOf(c).map(s -> s.name()).orElse("");
        return c.text().toLowerCase(Locale.ROOT).contains(q) || speaker.toLowerCase(Locale.ROOT).contains(q)
                || c.id().toLowerCase(Locale.ROOT).contains(q) || c.quote().orElse("").toLowerCase(Locale.ROOT).contains(q);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).toList();
    }

    private static String search(String text) {
        return "(() => { const s = document.getElementById('search'); s.value = " + Chromium.Json.write(text)
                + "; s.dispatchEvent(new Event('input')); })(); ";
    }
}
