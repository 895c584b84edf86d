package org.groundswell.experiments.report;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

import org.apache.commons.text.StringEscapeUtils;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders Groundswell's HTML reports from Apache Velocity templates kept as resources in
 * {@code org/groundswell/experiments/report/}. Every value a template inserts is HTML-escaped
 * (Commons Text {@link StringEscapeUtils#escapeHtml4}) — scenario names and descriptions come from files users
 * write, so none of them can inject markup — except {@link Markup}, the program's own, and strict mode turns a misspelt reference into an error instead
 * of a silent gap. Templates call record accessors as methods ({@code $chart.title()}).
 */
public final class HtmlTemplate {

    private static final String FOLDER = "org/groundswell/experiments/report/";
    private static final VelocityEngine ENGINE = engine();

    private HtmlTemplate() {
    }

    /**
     * Markup the program made itself (an SVG chart drawn by JFreeSVG, whose text it escapes), inserted as it is:
     * the one kind of value the templates do not escape.
     *
     * @param html the markup
     */
    public record Markup(String html) {

        @Override
        public String toString() {
            return html;
        }
    }

    /**
     * Renders template {@code name} with {@code model}.
     *
     * @param name  the template's file name in the report folder, e.g. {@code compare-report.html.vm}
     * @param model the values the template refers to by name
     * @return the HTML
     */
    public static String render(String name, Map<String, Object> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge events = new EventCartridge();
        events.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, value) ->
                value == null ? null : value instanceof Markup m ? m.html()
                        : StringEscapeUtils.escapeHtml4(value.toString()));
        events.attachToContext(context);
        Template template = ENGINE.getTemplate(FOLDER + name, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    private static VelocityEngine engine() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        VelocityEngine engine = new VelocityEngine(p);
        engine.init();
        return engine;
    }
}
