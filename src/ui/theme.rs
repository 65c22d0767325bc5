//! Colours, spacing and text sizes in one place. Screens ask the theme for
//! what a thing *means* (a strength, a blind spot), not for a colour.

use egui::{Color32, Visuals};

/// Space between sections.
pub const SECTION_GAP: f32 = 14.0;
/// Inner margin of cards.
pub const CARD_MARGIN: i8 = 10;
/// Corner radius of cards and chips.
pub const CARD_RADIUS: u8 = 6;
/// The narrowest the window may become.
pub const MIN_WINDOW: [f32; 2] = [760.0, 520.0];

/// The colours that carry meaning in the method.
pub struct Palette {
    pub strength: Color32,
    pub right_track: Color32,
    pub right_track_fill: Color32,
    pub blind_spot: Color32,
    pub own: Color32,
    pub card_fill: Color32,
    pub error: Color32,
    pub warning_fill: Color32,
    pub ok: Color32,
    pub muted: Color32,
}

#[must_use]
pub fn palette(visuals: &Visuals) -> Palette {
    if visuals.dark_mode {
        Palette {
            strength: Color32::from_rgb(120, 200, 140),
            right_track: Color32::from_rgb(255, 210, 90),
            right_track_fill: Color32::from_rgb(70, 60, 20),
            blind_spot: Color32::from_rgb(140, 180, 255),
            own: Color32::from_rgb(200, 170, 255),
            card_fill: Color32::from_gray(38),
            error: Color32::from_rgb(255, 120, 110),
            warning_fill: Color32::from_rgb(80, 50, 20),
            ok: Color32::from_rgb(120, 200, 140),
            muted: Color32::from_gray(150),
        }
    } else {
        Palette {
            strength: Color32::from_rgb(30, 120, 60),
            right_track: Color32::from_rgb(140, 95, 0),
            right_track_fill: Color32::from_rgb(255, 240, 180),
            blind_spot: Color32::from_rgb(30, 80, 180),
            own: Color32::from_rgb(110, 60, 170),
            card_fill: Color32::from_gray(246),
            error: Color32::from_rgb(180, 30, 30),
            warning_fill: Color32::from_rgb(255, 236, 200),
            ok: Color32::from_rgb(30, 120, 60),
            muted: Color32::from_gray(110),
        }
    }
}

/// A framed card for one item or group.
pub fn card(visuals: &Visuals) -> egui::Frame {
    egui::Frame::new()
        .fill(palette(visuals).card_fill)
        .inner_margin(CARD_MARGIN)
        .corner_radius(CARD_RADIUS)
        .stroke(visuals.widgets.noninteractive.bg_stroke)
}
