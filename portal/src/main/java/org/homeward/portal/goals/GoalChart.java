package org.homeward.portal.goals;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.homeward.goals.GoalLimits;
import org.homeward.goals.GoalView;
import org.homeward.goals.RaterRole;
import org.homeward.goals.RatingView;
import org.homeward.portal.day.DayFormats;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Progress on one goal over time, drawn on the server as SVG: the participant's line and the
 * caseworker's line (two colours and two dash patterns, so colour is not the only difference), the
 * starting point as a dotted line, a legend, and the same ratings as a list for screen readers.
 * Time runs in the reading direction: right to left for Arabic and Persian readers.
 */
public class GoalChart extends Div {

    static final String PARTICIPANT_COLOUR = "#0072B2";
    static final String CASEWORKER_COLOUR = "#D55E00";
    private static final String BASELINE_COLOUR = "#6b7280";
    private static final int WIDTH = 320;
    private static final int HEIGHT = 132;
    private static final int PAD_X = 14;
    private static final int PAD_Y = 12;

    /** @param ownGoal the reader is the participant: their line is "my view" */
    public GoalChart(GoalView goal, boolean ownGoal) {
        addClassName("goal-chart");
        getStyle().set("max-width", "32rem").set("inline-size", "100%");
        Html drawing = new Html("<div class=\"goal-chart-drawing\">" + svg(goal, rightToLeft()) + "</div>");
        String participantLine = getTranslation(ownGoal ? "goalChart.mine" : "goalChart.participant");
        add(drawing, legend(participantLine), textAlternative(goal, participantLine));
    }

    /** The drawing alone; user words never enter it (the wording is in the text alternative). */
    static String svg(GoalView goal, boolean rightToLeft) {
        LocalDate first = goal.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate last = first;
        for (RatingView rating : goal.ratings()) {
            first = rating.ratedOn().isBefore(first) ? rating.ratedOn() : first;
            last = rating.ratedOn().isAfter(last) ? rating.ratedOn() : last;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        Axis axis = new Axis(first, days, rightToLeft);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"100%\" role=\"presentation\" aria-hidden=\"true\" focusable=\"false\""
                        + " style=\"display:block;max-inline-size:100%;height:auto\">");
        for (int step = GoalLimits.RATING_MIN; step <= GoalLimits.RATING_MAX; step++) {
            int y = y(step);
            svg.append("<line class=\"grid\" x1=\"").append(PAD_X).append("\" x2=\"").append(WIDTH - PAD_X)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>");
        }
        int baseline = y(goal.baselineRating());
        svg.append("<line class=\"baseline\" x1=\"").append(PAD_X).append("\" x2=\"").append(WIDTH - PAD_X)
                .append("\" y1=\"").append(baseline).append("\" y2=\"").append(baseline)
                .append("\" stroke=\"").append(BASELINE_COLOUR).append("\" stroke-width=\"1.5\" stroke-dasharray=\"2 4\"/>");
        line(svg, goal.ratingsBy(RaterRole.PARTICIPANT), axis, "line-participant", PARTICIPANT_COLOUR, null);
        line(svg, goal.ratingsBy(RaterRole.CASEWORKER), axis, "line-caseworker", CASEWORKER_COLOUR, "6 4");
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, List<RatingView> ratings, Axis axis, String className, String colour,
                             String dashes) {
        if (ratings.isEmpty()) {
            return;
        }
        svg.append("<polyline class=\"").append(className).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"");
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append(" points=\"");
        for (RatingView rating : ratings) {
            svg.append(axis.x(rating.ratedOn())).append(',').append(y(rating.rating())).append(' ');
        }
        svg.append("\"/>");
        for (RatingView rating : ratings) {
            svg.append("<circle class=\"").append(className).append("-point\" cx=\"").append(axis.x(rating.ratedOn()))
                    .append("\" cy=\"").append(y(rating.rating())).append("\" r=\"4\" fill=\"").append(colour)
                    .append("\"/>");
        }
    }

    private static int y(int rating) {
        int step = (HEIGHT - 2 * PAD_Y) / (GoalLimits.RATING_MAX - GoalLimits.RATING_MIN);
        return PAD_Y + (GoalLimits.RATING_MAX - rating) * step;
    }

    private record Axis(LocalDate first, long days, boolean rightToLeft) {
        String x(LocalDate day) {
            double share = (double) ChronoUnit.DAYS.between(first, day) / days;
            double x = PAD_X + share * (WIDTH - 2 * PAD_X);
            return String.format(Locale.ROOT, "%.1f", rightToLeft ? WIDTH - x : x);
        }
    }

    private Div legend(String participantLine) {
        Div legend = new Div(key(PARTICIPANT_COLOUR, "solid", participantLine),
                key(CASEWORKER_COLOUR, "dashed", getTranslation("goalChart.caseworker")),
                key(BASELINE_COLOUR, "dotted", getTranslation("goalChart.baseline")));
        legend.addClassName("goal-chart-legend");
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        return legend;
    }

    private static Span key(String colour, String style, String label) {
        Span swatch = new Span();
        swatch.getStyle().set("display", "inline-block").set("inline-size", "1.5em").set("block-size", "0")
                .set("border-block-start", "3px " + style + " " + colour).set("vertical-align", "middle")
                .set("margin-inline-end", "var(--lumo-space-xs)");
        Span key = new Span(swatch, new Span(label));
        key.addClassName("goal-chart-key");
        return key;
    }

    /** Every rating in words, for people who do not see the drawing; hidden from the eye, not from screen readers. */
    private UnorderedList textAlternative(GoalView goal, String participantLine) {
        UnorderedList list = new UnorderedList();
        list.addClassName("goal-chart-text");
        list.getElement().setAttribute("aria-label", getTranslation("goalChart.summary", "goal", goal.wording()));
        list.getStyle().set("position", "absolute").set("inline-size", "1px").set("block-size", "1px")
                .set("overflow", "hidden").set("clip-path", "inset(50%)").set("white-space", "nowrap")
                .set("margin", "0").set("padding", "0");
        list.add(new ListItem(getTranslation("goalChart.start", "label",
                GoalScale.label(this, goal.baselineRating()))));
        for (RatingView rating : goal.ratings()) {
            String who = rating.raterRole() == RaterRole.PARTICIPANT ? participantLine
                    : getTranslation("goalChart.caseworker");
            list.add(new ListItem(getTranslation("goalChart.point", "date", DayFormats.date(rating.ratedOn()),
                    "who", who, "label", GoalScale.option(this, rating.rating()))));
        }
        return list;
    }

    private static boolean rightToLeft() {
        UI ui = UI.getCurrent();
        return ui != null && "rtl".equals(ui.getElement().getAttribute("dir"));
    }
}
