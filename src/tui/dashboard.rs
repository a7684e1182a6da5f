//! The coordinator's dashboard: how a campaign is doing, and where. Totals and the goal
//! gauge, signatures per day (bars when they fit, else a sparkline) and so far, bars
//! per event, country and device, and the last bundle from each device so that a
//! silent organizer stands out. Everything comes from one [`CampaignReport`] (the
//! numbers `fieldsign report` prints); `r` counts again.
//!
//! Drawn for 80×24 first: every part has a fixed height and gives up detail (labels,
//! then rows) before it overlaps another; a larger terminal gets wider bars and more
//! rows. Numbers are right-aligned; colour only through the theme (`NO_COLOR` respected).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Sparkline, Widget};
use unicode_width::UnicodeWidthStr as _;

use super::keys::{Binding, Key};
use super::screen::{Cx, Flash, Route, Screen, ViewCx};
use super::theme::Theme;
use crate::model::text::Shown;
use crate::model::{Campaign, UnixTime};
use crate::report::{self, CampaignReport};
use crate::vault::VaultError;

/// A device whose last bundle is older than this is marked silent.
const SILENT_AFTER_DAYS: i64 = 7;
const DAY: i64 = 86_400;

pub struct Dashboard {
    campaign: Campaign,
    report: CampaignReport,
    /// "Now" when the report was counted: how long ago each device's last bundle was.
    now: UnixTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Refresh,
    Devices,
    Back,
}

const KEYS: &[Binding<Action>] = &[
    Binding::new(
        &[Key::Plain(KeyCode::Char('r'))],
        "r",
        Action::Refresh,
        tx!("key-count-again-help"),
    )
    .footer(0, tx!("key-count-again")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('D'))],
        "D",
        Action::Devices,
        tx!("key-devices-help"),
    )
    .footer(1, tx!("key-devices")),
    Binding::new(
        &[Key::Plain(KeyCode::Esc)],
        "Esc",
        Action::Back,
        tx!("key-back-campaigns-help"),
    )
    .footer(2, tx!("key-back")),
];

impl Dashboard {
    pub fn open(cx: &mut Cx, campaign: Campaign) -> Result<Self, VaultError> {
        let report = report::campaign_report(cx.vault, &campaign)?;
        Ok(Self {
            campaign,
            report,
            now: cx.vault.time().now(),
        })
    }
}

impl Screen<Cx<'_>> for Dashboard {
    type Action = Action;

    fn title(&self) -> String {
        format!("dashboard · {}", Shown(&self.campaign.title))
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        KEYS
    }

    fn act(&mut self, action: Action, _key: KeyEvent, cx: &mut Cx) -> Route {
        match action {
            Action::Back => Route::Back,
            Action::Devices => Route::Open(super::routes::To::Devices {
                campaign: self.campaign.clone(),
            }),
            Action::Refresh => {
                match report::campaign_report(cx.vault, &self.campaign) {
                    Ok(report) => {
                        self.report = report;
                        self.now = cx.vault.time().now();
                        *cx.flash = Some(Flash::ok("Counted again."));
                    }
                    Err(e) => *cx.flash = Some(Flash::error(format!("Not counted: {e}"))),
                }
                Route::Stay
            }
        }
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        draw(&self.report, self.now, area, buf, v.theme);
        None
    }

    fn resumed(&mut self, cx: &mut Cx) {
        if let Ok(report) = report::campaign_report(cx.vault, &self.campaign) {
            self.report = report;
            self.now = cx.vault.time().now();
        }
    }
}

/// Draws the whole dashboard of `report` into `area`.
pub fn draw(report: &CampaignReport, now: UnixTime, area: Rect, buf: &mut Buffer, theme: Theme) {
    let area = Rect::new(
        area.x + 1,
        area.y,
        area.width.saturating_sub(2),
        area.height,
    );
    // Totals and gauge 2, days 6, the three bar charts take what is left, the devices
    // at most 5 (fewer when the terminal is short).
    let devices_height = u16::try_from(report.devices.len().min(4) + 1)
        .unwrap_or(5)
        .min(area.height.saturating_sub(12).max(2));
    let [totals, gauge, _, days, _, bars, devices] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length((area.height / 3).max(6)),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(devices_height),
    ])
    .areas(area);
    draw_totals(report, totals, buf, theme);
    draw_gauge(report, gauge, buf, theme);
    let [per_day, so_far] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
            .spacing(2)
            .areas(days);
    draw_per_day(report, per_day, buf, theme);
    draw_so_far(report, so_far, buf, theme);
    let [events, countries, by_device] = Layout::horizontal([
        Constraint::Ratio(2, 5),
        Constraint::Ratio(1, 5),
        Constraint::Ratio(2, 5),
    ])
    .spacing(2)
    .areas(bars);
    let bars = report.bars();
    draw_bars("Per event", bars.events, events, buf, theme);
    draw_bars("Country", bars.countries, countries, buf, theme);
    draw_bars("Per device", bars.devices, by_device, buf, theme);
    draw_devices(report, now, devices, buf, theme);
}

fn draw_totals(report: &CampaignReport, area: Rect, buf: &mut Buffer, theme: Theme) {
    let c = &report.counts;
    let mut spans = vec![Span::styled(
        format!("{} signatures", report.signatures()),
        theme.heading(),
    )];
    if let Some(goal) = report.goal {
        spans.push(Span::raw(format!(" of {goal}")));
    }
    spans.push(Span::styled(
        format!(
            "   void {} · illegible {} · purged {}",
            c.void, c.illegible, c.purged
        ),
        theme.dim(),
    ));
    Line::from(spans).render(area, buf);
}

/// A one-row gauge: `████████░░░░ 27% of the goal`, or a hint when there is none.
fn draw_gauge(report: &CampaignReport, area: Rect, buf: &mut Buffer, theme: Theme) {
    let Some(goal) = report.goal else {
        Line::styled(crate::i18n::t!("dashboard-no-goal"), theme.dim()).render(area, buf);
        return;
    };
    let percent = report::chart::percent(report.signatures(), goal);
    let label = format!(" {percent:>3}% of the goal");
    let width = usize::from(area.width).saturating_sub(label.width());
    let filled = usize::try_from(percent.min(100)).unwrap_or(100) * width / 100;
    Line::from(vec![
        Span::styled("█".repeat(filled), theme.ok()),
        Span::styled("░".repeat(width - filled), theme.dim()),
        Span::raw(label),
    ])
    .render(area, buf);
}

/// Signatures per day: labelled bars when every day fits (5 columns a day), else a
/// sparkline of the latest days that fit.
fn draw_per_day(report: &CampaignReport, area: Rect, buf: &mut Buffer, theme: Theme) {
    let days = &report.by_day;
    let [head, chart] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let best = days
        .iter()
        .map(|d| d.counts.signatures())
        .max()
        .unwrap_or(0);
    Line::from(vec![
        Span::styled("Per day", theme.heading()),
        Span::styled(format!("  {} days, best {best}", days.len()), theme.dim()),
    ])
    .render(head, buf);
    if days.is_empty() {
        Line::styled("nothing typed yet", theme.dim()).render(chart, buf);
        return;
    }
    let per_day = 6;
    if days.len() * per_day <= usize::from(chart.width) && chart.height >= 4 {
        // Bars between a row for their values (above) and one for MM-DD (below).
        let bar_rows = chart.height - 2;
        let bottom = chart.y + chart.height - 2; // the row of a bar's foot
        for (i, day) in days.iter().enumerate() {
            let n = day.counts.signatures();
            let x = chart.x + u16::try_from(i * per_day).unwrap_or(u16::MAX);
            let height = u16::try_from(scaled(n, best, usize::from(bar_rows))).unwrap_or(0);
            for row in 0..height {
                buf.set_string(x + 1, bottom - row, "████", theme.ok());
            }
            buf.set_string(x, bottom - height, format!("{n:>5}"), theme.label());
            let label = day.date.get(5..).unwrap_or(&day.date);
            buf.set_string(
                x,
                chart.y + chart.height - 1,
                format!("{label:>5}"),
                theme.dim(),
            );
        }
    } else {
        let fit = usize::from(chart.width);
        let data: Vec<u64> = days
            .iter()
            .skip(days.len().saturating_sub(fit))
            .map(|d| u64::try_from(d.counts.signatures()).unwrap_or(u64::MAX))
            .collect();
        let [spark, dates] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(chart);
        Sparkline::default()
            .data(&data)
            .style(theme.ok())
            .render(spark, buf);
        let first = &days[days.len().saturating_sub(fit)].date;
        let last = &days[days.len() - 1].date;
        Line::styled(format!("{first} … {last}"), theme.dim()).render(dates, buf);
    }
}

/// Signatures so far: the cumulative count as a rising sparkline, with the numbers.
fn draw_so_far(report: &CampaignReport, area: Rect, buf: &mut Buffer, theme: Theme) {
    let [head, chart, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Line::styled("So far", theme.heading()).render(head, buf);
    let days = &report.by_day;
    let fit = usize::from(chart.width);
    // Each day as wide as the chart allows, so a few days still draw a rising line.
    let columns = (fit / days.len().max(1)).max(1);
    let data: Vec<u64> = days
        .iter()
        .skip(days.len().saturating_sub(fit))
        .flat_map(|d| std::iter::repeat_n(u64::try_from(d.cumulative).unwrap_or(u64::MAX), columns))
        .collect();
    let top = report
        .goal
        .unwrap_or(0)
        .max(data.last().copied().unwrap_or(0))
        .max(1);
    Sparkline::default()
        .data(&data)
        .max(top)
        .style(theme.ok())
        .render(chart, buf);
    let text = match report.goal {
        Some(goal) => format!("{} of {goal}", report.signatures()),
        None => report.signatures().to_string(),
    };
    Line::styled(text, theme.dim()).render(foot, buf);
}

/// A bar chart of `items`, largest first: label, bar, number right-aligned. Rows that
/// do not fit are summed into one "others" row.
fn draw_bars(title: &str, items: report::BarItems, area: Rect, buf: &mut Buffer, theme: Theme) {
    if area.height == 0 || area.width < 8 {
        return;
    }
    Line::styled(title, theme.heading()).render(Rect { height: 1, ..area }, buf);
    let items = report::largest_first(items, usize::from(area.height - 1));
    if items.is_empty() {
        Line::styled("none yet", theme.dim()).render(
            Rect {
                y: area.y + 1,
                height: 1,
                ..area
            },
            buf,
        );
        return;
    }
    let max = items.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let number_width = items
        .iter()
        .map(|(_, n)| n.to_string().len())
        .max()
        .unwrap_or(1);
    let width = usize::from(area.width);
    let label_width = (width * 3 / 5).min(
        items
            .iter()
            .map(|(l, _)| Shown(l).to_string().width())
            .max()
            .unwrap_or(0),
    );
    let bar_room = width.saturating_sub(label_width + number_width + 2);
    for (row, (label, n)) in (1..).zip(items.iter()) {
        let y = area.y + row;
        let shown = fit(&Shown(label).to_string(), label_width);
        let bar = "█".repeat(scaled(*n, max, bar_room).max(usize::from(*n > 0)));
        let line = Line::from(vec![
            Span::raw(format!(
                "{shown:<label_width$} ",
                shown = pad(&shown, label_width)
            )),
            Span::styled(format!("{bar:<bar_room$}"), theme.ok()),
            Span::styled(format!(" {n:>number_width$}"), Style::new()),
        ]);
        line.render(
            Rect {
                y,
                height: 1,
                ..area
            },
            buf,
        );
    }
}

/// The last bundle from each device, latest first; silent ones marked.
fn draw_devices(
    report: &CampaignReport,
    now: UnixTime,
    area: Rect,
    buf: &mut Buffer,
    theme: Theme,
) {
    if area.height == 0 {
        return;
    }
    Line::styled("Last bundle from each device", theme.heading())
        .render(Rect { height: 1, ..area }, buf);
    let rows = usize::from(area.height - 1);
    let mut devices: Vec<&report::DeviceActivity> = report.devices.iter().collect();
    // The silent ones first: they are what this list is for.
    devices.sort_by_key(|d| d.last_bundle.unwrap_or(i64::MAX));
    for (row, d) in (1..).zip(devices.iter().take(rows)) {
        let (when, style) = match d.last_bundle {
            None => ("typed here, no bundles".to_owned(), theme.dim()),
            Some(t) => {
                let days = (now - t).max(0) / DAY;
                let ago = match days {
                    0 => "today".to_owned(),
                    1 => "yesterday".to_owned(),
                    n => format!("{n} days ago"),
                };
                let date: String = crate::model::format_time(t).chars().take(10).collect();
                if days >= SILENT_AFTER_DAYS {
                    (format!("{date}  {ago}  silent"), theme.warn())
                } else {
                    (format!("{date}  {ago}"), theme.label())
                }
            }
        };
        let revoked = if d.revoked.is_some() { "  revoked" } else { "" };
        let line = Line::from(vec![
            Span::raw(format!("{}  ", d.device)),
            Span::styled(format!("{when:<31}"), style),
            Span::styled(revoked, theme.error()),
            Span::raw(format!("  {:>6} signatures", d.signatures)),
        ]);
        line.render(
            Rect {
                y: area.y + row,
                height: 1,
                ..area
            },
            buf,
        );
    }
}

/// `n` of `max` as a length of at most `room`, rounded down.
fn scaled(n: usize, max: usize, room: usize) -> usize {
    n.saturating_mul(room).checked_div(max).unwrap_or(0)
}

/// `text` cut to `width` columns, ending in "…" when cut.
fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if out.width() + w + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// `text` padded with spaces to `width` columns (`format!` pads by characters, which
/// is wrong for wide and combining scripts).
fn pad(text: &str, width: usize) -> String {
    let mut out = text.to_owned();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(text.width())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol().to_owned())
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn bars_are_largest_first_with_numbers_right_aligned_and_overflow_summed() {
        let area = Rect::new(0, 0, 30, 4);
        let mut buf = Buffer::empty(area);
        let items = vec![
            ("UA".to_owned(), 7),
            ("Ελλάδα".to_owned(), 1234),
            ("PL".to_owned(), 40),
            ("DE".to_owned(), 2),
        ];
        draw_bars("Country", items, area, &mut buf, Theme { color: false });
        let rows = rows(&buf);
        assert!(rows[0].starts_with("Country"));
        assert!(rows[1].starts_with("Ελλάδα"), "{rows:?}");
        assert!(rows[2].starts_with("PL"), "{rows:?}");
        // Three rows for four items: the last row sums the rest (7 + 2).
        assert!(rows[3].starts_with("others"), "{rows:?}");
        for (row, n) in [(1, "1234"), (2, "40"), (3, "9")] {
            assert!(rows[row].ends_with(n), "{rows:?}");
        }
        // The longest bar is the largest number's.
        let bar = |r: &str| r.matches('█').count();
        assert!(bar(&rows[1]) > bar(&rows[2]) && bar(&rows[2]) >= 1);
    }

    #[test]
    fn labels_too_long_are_cut_and_never_overlap_the_number() {
        let area = Rect::new(0, 0, 20, 2);
        let mut buf = Buffer::empty(area);
        let items = vec![("Вечір солідарності з політв'язнями".to_owned(), 5)];
        draw_bars("Per event", items, area, &mut buf, Theme { color: false });
        let row = &rows(&buf)[1];
        assert!(row.contains('…'), "{row}");
        assert!(row.ends_with(" 5"), "{row}");
    }
}
