//! The app icon, drawn in code so that the window has it on every OS with
//! no image decoder: a four-pointed guiding star on a deep blue disc.

/// The icon as RGBA pixels, `size` × `size`.
#[must_use]
pub fn app_icon(size: u32) -> egui::IconData {
    let mut rgba = Vec::with_capacity((size * size * 4) as usize);
    #[expect(clippy::cast_precision_loss, reason = "icon sizes are small")]
    let s = size as f32;
    let c = s / 2.0;
    for y in 0..size {
        for x in 0..size {
            #[expect(clippy::cast_precision_loss, reason = "icon sizes are small")]
            let (dx, dy) = ((x as f32 + 0.5 - c) / c, (y as f32 + 0.5 - c) / c);
            let r = (dx * dx + dy * dy).sqrt();
            // A star: |dx|^0.5 + |dy|^0.5 <= k gives four concave points.
            let star = dx.abs().sqrt() + dy.abs().sqrt();
            let pixel: [u8; 4] = if star <= 0.78 {
                [255, 214, 102, 255]
            } else if r <= 0.96 {
                [23, 52, 99, 255]
            } else if r <= 1.0 {
                [23, 52, 99, 128]
            } else {
                [0, 0, 0, 0]
            };
            rgba.extend_from_slice(&pixel);
        }
    }
    egui::IconData {
        rgba,
        width: size,
        height: size,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn icon_has_the_right_size_and_a_star_in_the_middle() {
        let icon = super::app_icon(64);
        assert_eq!(icon.rgba.len(), 64 * 64 * 4);
        let centre = ((32 * 64 + 32) * 4) as usize;
        assert_eq!(&icon.rgba[centre..centre + 4], &[255, 214, 102, 255]);
        assert_eq!(icon.rgba[3], 0, "corners are transparent");
    }
}
