//! Colours, spacing and text sizes in one place. Screens ask the theme for
//! what a thing *means* (a strength, a blind spot), not for a colour.

use egui::{Color32, Visuals};

/// Space between sections.
pub const SECTION_GAP: f32 = 14.0;
/// Space above a step's heading.
pub const STEP_TOP: f32 = 8.0;
/// Space between paragraphs of one section.
pub const PARAGRAPH_GAP: f32 = 8.0;
/// Space between rows of controls.
pub const ROW_GAP: f32 = 6.0;
/// Space between cards of a list, and around bars.
pub const SMALL_GAP: f32 = 4.0;
/// The least space between two rows.
pub const TINY_GAP: f32 = 2.0;
/// The one-line summary of a comparison.
pub const SUMMARY_SIZE: f32 = 17.0;
/// A skill or quality in a list.
pub const ITEM_SIZE: f32 = 15.0;
/// Inner margin and corner radius of a highlighted chip.
pub const CHIP_MARGIN: i8 = 4;
pub const CHIP_RADIUS: u8 = 4;
/// Screens with two columns of cards show them side by side from this width.
pub const TWO_COLUMNS: f32 = 900.0;
/// Space between a chart and what is beside it, and between form columns.
pub const COLUMN_GAP: f32 = 12.0;
/// Space between the columns of a table.
pub const TABLE_COLUMN_GAP: f32 = 18.0;
/// The title of a card (a session, a focus skill).
pub const CARD_TITLE_SIZE: f32 = 16.0;
/// A field for a date, in text heights: wide enough for "YYYY-MM-DD" at
/// any text size (session mode's is larger).
pub const DATE_FIELD_EMS: f32 = 7.6;
/// A field for a technician's name (a new profile, a new name).
pub const PROFILE_NAME_WIDTH: f32 = 260.0;
/// A field for a person's name (an owner).
pub const NAME_FIELD_WIDTH: f32 = 180.0;
/// A field for an action's owner in the plan.
pub const OWNER_FIELD_WIDTH: f32 = 100.0;
/// A field to type something new into before adding it.
pub const ADD_FIELD_WIDTH: f32 = 320.0;
/// The narrowest a text field gets.
pub const MIN_TEXT_WIDTH: f32 = 120.0;
/// Session mode's type, this much larger for a shared screen.
pub const SESSION_ZOOM: f32 = 1.25;
/// Session mode shows agenda and notes side by side from this width.
pub const SESSION_TWO_COLUMNS: f32 = 900.0;
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
