//! The chart as files: SVG (vector, for the printed plan and for sharing)
//! and PNG (for mail and slides). Both are drawn by [`super::draw`].

use std::sync::OnceLock;

use plotters::prelude::*;
use plotters::style::FontStyle;

use super::{ChartError, FONT_FAMILY, Layout, Options, RadarChart, Theme, draw};

/// SVG readers often use a wider face than the one text is measured with;
/// leave them this much more room so names still do not collide.
const SVG_ROOM: f64 = 1.12;
/// PNG is drawn this many times larger and scaled down, for smooth edges.
const SUPERSAMPLE: u32 = 2;

/// Registers the font PNG text is drawn with and all text is measured with
/// (egui's own UI face, already in the binary). Idempotent.
fn ensure_font() -> Result<(), ChartError> {
    static FONT: OnceLock<Result<(), String>> = OnceLock::new();
    FONT.get_or_init(|| {
        plotters::style::register_font(
            FONT_FAMILY,
            FontStyle::Normal,
            epaint_default_fonts::UBUNTU_LIGHT,
        )
        .map_err(|_| "the built-in font could not be read".to_owned())
    })
    .clone()
    .map_err(ChartError::Draw)
}

#[expect(clippy::cast_precision_loss, reason = "short strings")]
fn measure(text: &str, size: f64) -> f64 {
    use plotters::style::IntoFont as _;
    let font = (FONT_FAMILY, size).into_font();
    // The rough width is never expected: the font is built in.
    font.box_size(text).map_or_else(
        |_| text.chars().count() as f64 * size * 0.6,
        |(w, _)| f64::from(w),
    )
}

/// The layout used for files: the export size, text measured with the
/// embedded font.
pub fn layout(chart: &RadarChart, options: &Options, room: f64) -> Result<Layout, ChartError> {
    ensure_font()?;
    Ok(Layout::new(chart, options, &|t, s| measure(t, s) * room)?)
}

/// Pixel size of the PNG for `options` at `pixel_scale` pixels per unit.
pub fn png_size(
    chart: &RadarChart,
    options: &Options,
    pixel_scale: u32,
) -> Result<(u32, u32), ChartError> {
    let l = layout(chart, options, 1.0)?;
    Ok(dims(&l, pixel_scale))
}

fn dims(l: &Layout, scale: u32) -> (u32, u32) {
    size_px(l.width, l.height, scale)
}

/// A drawing's size in units as whole pixels at `scale` pixels per unit.
fn size_px(width: f64, height: f64, scale: u32) -> (u32, u32) {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "chart sizes"
    )]
    (
        (width.ceil() as u32) * scale,
        (height.ceil() as u32) * scale,
    )
}

/// The picture formats a chart is saved in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    /// The format a file name asks for by its ending, if it is one of ours.
    #[must_use]
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }
}

/// The chart as a file's bytes, at the export size (PNG at 2 pixels per unit).
pub fn render(chart: &RadarChart, format: Format) -> Result<Vec<u8>, ChartError> {
    let options = Options::export();
    match format {
        Format::Svg => svg(chart, &options).map(String::into_bytes),
        Format::Png => png(chart, &options, 2),
    }
}

/// The chart as an SVG document, on a white background.
pub fn svg(chart: &RadarChart, options: &Options) -> Result<String, ChartError> {
    let l = layout(chart, options, SVG_ROOM)?;
    let mut out = String::new();
    {
        let backend = SVGBackend::with_string(&mut out, dims(&l, 1));
        let area = backend.into_drawing_area();
        draw(&area, chart, &l, &Theme::LIGHT, 1.0)?;
    }
    Ok(out)
}

/// The chart as a PNG file's bytes, `pixel_scale` pixels per unit (2 for
/// sharp text on high-density screens and in print).
pub fn png(chart: &RadarChart, options: &Options, pixel_scale: u32) -> Result<Vec<u8>, ChartError> {
    let pixel_scale = pixel_scale.clamp(1, 4);
    let l = layout(chart, options, 1.0)?;
    let (w, h) = dims(&l, pixel_scale);
    let (bw, bh) = (w * SUPERSAMPLE, h * SUPERSAMPLE);
    let mut buf = vec![255u8; (bw as usize) * (bh as usize) * 3];
    {
        let backend = BitMapBackend::with_buffer(&mut buf, (bw, bh));
        let area = backend.into_drawing_area();
        draw(
            &area,
            chart,
            &l,
            &Theme::LIGHT,
            f64::from(pixel_scale * SUPERSAMPLE),
        )?;
    }
    encode_png(buf, (bw, bh), (w, h))
}

/// A supersampled RGB buffer scaled down and encoded as PNG.
fn encode_png(
    buf: Vec<u8>,
    (bw, bh): (u32, u32),
    (w, h): (u32, u32),
) -> Result<Vec<u8>, ChartError> {
    let big = image::RgbImage::from_raw(bw, bh, buf)
        .ok_or_else(|| ChartError::Encode("the picture has the wrong size".to_owned()))?;
    let small = image::imageops::resize(&big, w, h, image::imageops::FilterType::Triangle);
    let mut bytes = Vec::new();
    image::DynamicImage::ImageRgb8(small)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| ChartError::Encode(e.to_string()))?;
    Ok(bytes)
}

/// The growth chart as a file's bytes, at the export size.
///
/// # Errors
/// When it cannot be drawn or encoded.
pub fn render_growth(
    chart: &super::growth::GrowthChart,
    format: Format,
) -> Result<Vec<u8>, ChartError> {
    match format {
        Format::Svg => growth_svg(chart, 720.0).map(String::into_bytes),
        Format::Png => growth_png(chart, 720.0, 2),
    }
}

/// The growth chart as an SVG document `width` units wide, on white.
///
/// # Errors
/// When it cannot be drawn.
pub fn growth_svg(chart: &super::growth::GrowthChart, width: f64) -> Result<String, ChartError> {
    let l = super::growth::GrowthLayout::new(chart, width, 13.0, true);
    let mut out = String::new();
    {
        let backend = SVGBackend::with_string(&mut out, growth_dims(&l, 1));
        let area = backend.into_drawing_area();
        super::growth::draw(&area, chart, &l, &Theme::LIGHT, 1.0)?;
    }
    Ok(out)
}

/// The growth chart as PNG bytes, `pixel_scale` pixels per unit.
///
/// # Errors
/// When it cannot be drawn or encoded.
pub fn growth_png(
    chart: &super::growth::GrowthChart,
    width: f64,
    pixel_scale: u32,
) -> Result<Vec<u8>, ChartError> {
    ensure_font()?;
    let pixel_scale = pixel_scale.clamp(1, 4);
    let l = super::growth::GrowthLayout::new(chart, width, 13.0, true);
    let (w, h) = growth_dims(&l, pixel_scale);
    let (bw, bh) = (w * SUPERSAMPLE, h * SUPERSAMPLE);
    let mut buf = vec![255u8; (bw as usize) * (bh as usize) * 3];
    {
        let backend = BitMapBackend::with_buffer(&mut buf, (bw, bh));
        let area = backend.into_drawing_area();
        let scale = f64::from(pixel_scale * SUPERSAMPLE);
        super::growth::draw(&area, chart, &l, &Theme::LIGHT, scale)?;
    }
    encode_png(buf, (bw, bh), (w, h))
}

fn growth_dims(l: &super::growth::GrowthLayout, scale: u32) -> (u32, u32) {
    size_px(l.width, l.height, scale)
}
