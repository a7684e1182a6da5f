//! `report --chart FILE.svg`: a campaign's report as one picture for a campaign update —
//! progress toward the goal, signatures per day and so far, and bars per event, country
//! and device. Drawn with `plotters` into an SVG string. Only counts, dates, event names,
//! country codes and device ids reach it: never a signer's value.

use plotters::coord::Shift;
use plotters::prelude::*;
use unicode_segmentation::UnicodeSegmentation as _;

use super::{BarItems, CampaignReport, largest_first};

/// The picture's size in pixels: wide enough for three bar charts side by side.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 960;
/// Bars shown per chart; the rest are summed into one "others" bar.
const MAX_BARS: usize = 12;
/// Label length, in characters, before it is cut with "…".
const MAX_LABEL: usize = 22;

const FONT: &str = "sans-serif";
const BAR: RGBColor = RGBColor(0x2b, 0x6c, 0xb0);
const LINE: RGBColor = RGBColor(0x2f, 0x85, 0x5a);
const GOAL: RGBColor = RGBColor(0xc0, 0x39, 0x2b);
const TRACK: RGBColor = RGBColor(0xe2, 0xe8, 0xf0);

/// Drawing the chart failed (the SVG backend reports formatting errors only).
#[derive(Debug, thiserror::Error)]
#[error("could not draw the chart ({0}); this is a bug, please report it")]
pub struct ChartError(String);

#[allow(clippy::needless_pass_by_value)] // the shape `map_err` hands it
fn err<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> ChartError {
    ChartError(e.to_string())
}

/// The report of one campaign as an SVG document.
pub fn svg(report: &CampaignReport) -> Result<String, ChartError> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let (top, rest) = root.split_vertically(120);
        draw_gauge(&top, report)?;
        let (days, bars) = rest.split_vertically(340);
        let (per_day, so_far) = days.split_horizontally(WIDTH / 2);
        draw_per_day(&per_day, report)?;
        draw_so_far(&so_far, report)?;
        let columns = bars.split_evenly((1, 3));
        let bars = report.bars();
        draw_bars(&columns[0], "Signatures per event", bars.events)?;
        draw_bars(&columns[1], "Per country", bars.countries)?;
        draw_bars(&columns[2], "Per device", bars.devices)?;
        root.present().map_err(err)?;
    }
    Ok(out)
}

/// The title, the count and the goal gauge.
fn draw_gauge(
    area: &DrawingArea<SVGBackend, Shift>,
    report: &CampaignReport,
) -> Result<(), ChartError> {
    let signatures = report.signatures();
    area.draw(&Text::new(
        cut(&report.title, 80),
        (20, 16),
        (FONT, 26).into_font().color(&BLACK),
    ))
    .map_err(err)?;
    let summary = match report.goal {
        Some(goal) => format!(
            "{signatures} of {goal} signatures ({}%) · void {} · illegible {}",
            percent(signatures, goal),
            report.counts.void,
            report.counts.illegible
        ),
        None => format!(
            "{signatures} signatures (no goal set) · void {} · illegible {}",
            report.counts.void, report.counts.illegible
        ),
    };
    area.draw(&Text::new(
        summary,
        (20, 52),
        (FONT, 18).into_font().color(&BLACK),
    ))
    .map_err(err)?;
    let (left, right, y0, y1) = (20, i32::try_from(WIDTH).unwrap_or(1200) - 20, 84, 108);
    area.draw(&Rectangle::new([(left, y0), (right, y1)], TRACK.filled()))
        .map_err(err)?;
    if let Some(goal) = report.goal {
        let filled = u64::try_from(signatures).unwrap_or(u64::MAX).min(goal);
        let width = i64::from(right - left) * i64::try_from(filled).unwrap_or(0)
            / i64::try_from(goal.max(1)).unwrap_or(i64::MAX);
        let x = left + i32::try_from(width).unwrap_or(0);
        area.draw(&Rectangle::new([(left, y0), (x, y1)], LINE.filled()))
            .map_err(err)?;
    }
    Ok(())
}

/// Whole percent of `part` in `goal`, rounded down (100% only when reached).
pub fn percent(part: usize, goal: u64) -> u64 {
    let part = u64::try_from(part).unwrap_or(u64::MAX);
    part.saturating_mul(100) / goal.max(1)
}

/// Bars of the signatures per day.
fn draw_per_day(
    area: &DrawingArea<SVGBackend, Shift>,
    report: &CampaignReport,
) -> Result<(), ChartError> {
    let days = &report.by_day;
    let max = days
        .iter()
        .map(|d| d.counts.signatures())
        .max()
        .unwrap_or(0);
    let mut chart = day_chart(area, "Signatures per day", 56)
        .build_cartesian_2d(categories(days.len()), 0..headroom(max))
        .map_err(err)?;
    let label = |v: &SegmentValue<usize>| match v {
        SegmentValue::CenterOf(i) => days
            .get(*i)
            .map(|d| short_date(&d.date))
            .unwrap_or_default(),
        _ => String::new(),
    };
    draw_day_mesh(&mut chart, days.len().clamp(1, 8), &label)?;
    chart
        .draw_series(
            Histogram::vertical(&chart)
                .style(BAR.filled())
                .margin(2)
                .data(
                    days.iter()
                        .enumerate()
                        .map(|(i, d)| (i, d.counts.signatures())),
                ),
        )
        .map_err(err)?;
    Ok(())
}

/// The caption, margins and label areas the two per-day charts share.
fn day_chart<'a, 'b>(
    area: &'a DrawingArea<SVGBackend<'b>, Shift>,
    caption: &str,
    y_label_area: u32,
) -> ChartBuilder<'a, 'b, SVGBackend<'b>> {
    let mut builder = ChartBuilder::on(area);
    builder
        .caption(caption, (FONT, 20))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(y_label_area);
    builder
}

/// The mesh the two per-day charts share: no vertical lines, `labels` day labels.
fn draw_day_mesh<X>(
    chart: &mut ChartContext<
        '_,
        SVGBackend<'_>,
        Cartesian2d<X, plotters::coord::types::RangedCoordusize>,
    >,
    labels: usize,
    label: &dyn Fn(&X::ValueType) -> String,
) -> Result<(), ChartError>
where
    X: Ranged + plotters::coord::ranged1d::ValueFormatter<X::ValueType>,
{
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(labels)
        .x_label_formatter(label)
        .y_label_style((FONT, 14))
        .x_label_style((FONT, 14))
        .draw()
        .map_err(err)
}

/// The cumulative line, with the goal as a horizontal line when it is set.
fn draw_so_far(
    area: &DrawingArea<SVGBackend, Shift>,
    report: &CampaignReport,
) -> Result<(), ChartError> {
    let days = &report.by_day;
    let last = days.last().map_or(0, |d| d.cumulative);
    let goal = report.goal.and_then(|g| usize::try_from(g).ok());
    let top = headroom(last.max(goal.unwrap_or(0)));
    let x_end = days.len().max(2) - 1;
    let mut chart = day_chart(area, "Signatures so far", 64)
        .margin_right(36)
        .build_cartesian_2d(0..x_end, 0..top)
        .map_err(err)?;
    let label = |i: &usize| {
        days.get(*i)
            .map(|d| short_date(&d.date))
            .unwrap_or_default()
    };
    draw_day_mesh(&mut chart, days.len().clamp(2, 8), &label)?;
    chart
        .draw_series(LineSeries::new(
            days.iter().enumerate().map(|(i, d)| (i, d.cumulative)),
            LINE.stroke_width(3),
        ))
        .map_err(err)?;
    if let Some(goal) = goal {
        chart
            .draw_series(LineSeries::new(
                [(0, goal), (x_end, goal)],
                GOAL.stroke_width(2),
            ))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(Text::new(
                format!("goal {goal}"),
                (0, goal),
                (FONT, 14).into_font().color(&GOAL),
            )))
            .map_err(err)?;
    }
    Ok(())
}

/// Horizontal bars, largest on top, each with its number at its end.
fn draw_bars(
    area: &DrawingArea<SVGBackend, Shift>,
    title: &str,
    items: BarItems,
) -> Result<(), ChartError> {
    let mut items = largest_first(items, MAX_BARS);
    // The axis counts from the bottom: reverse so the largest bar is the top one.
    items.reverse();
    let max = items.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, 20))
        .margin(12)
        .x_label_area_size(30)
        .y_label_area_size(150)
        .build_cartesian_2d(0..headroom(max), categories(items.len()))
        .map_err(err)?;
    let label = |v: &SegmentValue<usize>| match v {
        SegmentValue::CenterOf(i) => items
            .get(*i)
            .map(|(l, _)| cut(l, MAX_LABEL))
            .unwrap_or_default(),
        _ => String::new(),
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(items.len().max(1))
        .y_label_formatter(&label)
        .x_labels(4)
        .y_label_style((FONT, 13))
        .x_label_style((FONT, 13))
        .draw()
        .map_err(err)?;
    chart
        .draw_series(
            Histogram::horizontal(&chart)
                .style(BAR.filled())
                .margin(3)
                .data(items.iter().enumerate().map(|(i, (_, n))| (i, *n))),
        )
        .map_err(err)?;
    chart
        .draw_series(items.iter().enumerate().map(|(i, (_, n))| {
            Text::new(
                format!(" {n}"),
                (*n, SegmentValue::CenterOf(i)),
                (FONT, 13).into_font().color(&BLACK),
            )
        }))
        .map_err(err)?;
    Ok(())
}

/// An axis of `n` categories, one segment each. (A segmented `0..n` has `n + 1`
/// segments, which left an empty one at the end.)
fn categories(
    n: usize,
) -> plotters::coord::ranged1d::SegmentedCoord<plotters::coord::types::RangedCoordusize> {
    (0..n.saturating_sub(1)).into_segmented()
}

/// An axis top a little above the largest value, so the top bar or point is not cut.
fn headroom(max: usize) -> usize {
    max + max / 8 + 1
}

/// `MM-DD` of a `YYYY-MM-DD` date, so that day labels fit under their bars.
fn short_date(date: &str) -> String {
    date.get(5..).unwrap_or(date).to_owned()
}

/// `text` cut to at most `max` characters (graphemes), ending in "…" when cut.
fn cut(text: &str, max: usize) -> String {
    let graphemes: Vec<&str> = text.graphemes(true).collect();
    if graphemes.len() <= max {
        text.to_owned()
    } else {
        let mut short: String = graphemes[..max - 1].concat();
        short.push('…');
        short
    }
}
