//! The window icon. It is the installers' icon too: every size comes from
//! one source, `packaging/icons/lodestar.svg`; the window uses the 128 px
//! rendering, built into the binary.

const ICON_PNG: &[u8] = include_bytes!("../../packaging/icons/lodestar-128.png");

/// The icon as RGBA pixels, or an empty icon (the OS default) if the
/// built-in PNG could not be decoded — which the tests make sure it can.
#[must_use]
pub fn app_icon() -> egui::IconData {
    match image::load_from_memory_with_format(ICON_PNG, image::ImageFormat::Png) {
        Ok(img) => {
            let rgba = img.into_rgba8();
            egui::IconData {
                width: rgba.width(),
                height: rgba.height(),
                rgba: rgba.into_raw(),
            }
        }
        Err(e) => {
            log::warn!("the built-in icon could not be decoded: {e}");
            egui::IconData::default()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn icon_decodes_with_a_gold_star_in_the_middle_and_clear_corners() {
        let icon = super::app_icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        let centre = (64 * 128 + 64) * 4;
        assert_eq!(&icon.rgba[centre..centre + 4], &[255, 214, 102, 255]);
        assert_eq!(icon.rgba[3], 0, "corners are transparent");
    }
}
