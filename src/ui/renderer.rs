//! Which renderer draws the window, and remembering it.
//!
//! wgpu (Direct3D 12, Vulkan, Metal) comes first; OpenGL (glow) is the
//! fallback. Finding out that wgpu cannot be used costs every start the
//! loading of drivers it then gives up on: here 45–55 ms of a start after
//! a reboot and 10 ms of a warm one, on a PC with only a software Vulkan or
//! Direct3D 12 more. So when OpenGL had to take over, the machine's cache
//! folder remembers it, and the next starts open with OpenGL straight
//! away. The memory is for this version of Lodestar and for a week: a
//! graphics driver installed meanwhile is tried again within seven days.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How long "OpenGL worked here" is trusted before wgpu is tried again.
pub const MEMO_KEPT: Duration = Duration::from_hours(7 * 24);

/// What the memo file says, for this version only.
fn memo_text() -> String {
    format!("opengl {}\n", env!("CARGO_PKG_VERSION"))
}

/// The renderers to try, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// wgpu, then OpenGL: the default.
    WgpuThenGl,
    /// OpenGL, then wgpu: OpenGL had to take over on an earlier start.
    GlThenWgpu,
    /// OpenGL only: `LODESTAR_RENDERER=gl`.
    GlOnly,
}

impl Plan {
    /// The order: `LODESTAR_RENDERER` (`gl`, or `wgpu` to leave the memo
    /// aside) and `WGPU_BACKEND` (a backend chosen by hand) come first,
    /// then what the memo says.
    #[must_use]
    pub fn choose(
        lodestar_renderer: Option<&str>,
        wgpu_backend_set: bool,
        memo_says_gl: bool,
    ) -> Self {
        match lodestar_renderer {
            Some(r) if r.eq_ignore_ascii_case("gl") || r.eq_ignore_ascii_case("opengl") => {
                Self::GlOnly
            }
            Some(r) if r.eq_ignore_ascii_case("wgpu") => Self::WgpuThenGl,
            _ if wgpu_backend_set => Self::WgpuThenGl,
            _ if memo_says_gl => Self::GlThenWgpu,
            _ => Self::WgpuThenGl,
        }
    }

    /// Whether the start follows the memo and may update it (not when a
    /// renderer was chosen by hand).
    #[must_use]
    pub fn remembers(lodestar_renderer: Option<&str>, wgpu_backend_set: bool) -> bool {
        lodestar_renderer.is_none() && !wgpu_backend_set
    }
}

/// What a start that opened its window notes in the memo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// OpenGL opened the window after wgpu could not.
    OpenGlTookOver,
    /// wgpu opened the window.
    WgpuWorks,
}

/// The memo file: `renderer` in the OS cache folder (per machine, not
/// roaming: `~/.cache/lodestar`, `%LOCALAPPDATA%\Lodestar\Lodestar\cache`,
/// `~/Library/Caches/org.Lodestar.Lodestar`).
#[derive(Debug, Clone)]
pub struct Memo {
    path: PathBuf,
}

impl Memo {
    /// The memo in the OS cache folder, if there is one.
    #[must_use]
    pub fn in_cache_folder() -> Option<Self> {
        directories::ProjectDirs::from("org", "Lodestar", "Lodestar")
            .map(|d| Self::at(d.cache_dir()))
    }

    /// The memo in `folder`.
    #[must_use]
    pub fn at(folder: &Path) -> Self {
        Self {
            path: folder.join("renderer"),
        }
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether OpenGL had to take over on a start less than
    /// [`MEMO_KEPT`] before `now`, with this version. Anything else (no
    /// file, another version, an unreadable or odd file, a date in the
    /// future) means: try wgpu first.
    #[must_use]
    pub fn says_gl(&self, now: SystemTime) -> bool {
        let Ok(meta) = std::fs::metadata(&self.path) else {
            return false;
        };
        if !meta.is_file() || meta.len() > 64 {
            return false;
        }
        let fresh = meta
            .modified()
            .ok()
            .and_then(|written| now.duration_since(written).ok())
            .is_some_and(|age| age < MEMO_KEPT);
        fresh && std::fs::read_to_string(&self.path).is_ok_and(|text| text == memo_text())
    }

    /// Notes how the window opened.
    pub fn note(&self, note: Note) {
        match note {
            Note::OpenGlTookOver => self.remember_gl(),
            Note::WgpuWorks => self.forget(),
        }
    }

    /// Remembers that OpenGL had to take over. A failure only costs the
    /// next start its probe again, so it is logged, not shown.
    pub fn remember_gl(&self) {
        let written = self
            .path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&self.path, memo_text()));
        if let Err(e) = written {
            log::info!(
                "cannot remember the renderer in {}: {e}",
                self.path.display()
            );
        }
    }

    /// Forgets it: wgpu works here (again).
    pub fn forget(&self) {
        match std::fs::remove_file(&self.path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => log::info!("cannot forget the renderer in {}: {e}", self.path.display()),
        }
    }
}

/// wgpu with the native APIs only (Direct3D 12, Vulkan, Metal): its own
/// OpenGL backend is left out, since OpenGL is the fallback renderer
/// (glow). Probing OpenGL as well made every start load a second graphics
/// driver; on this machine's software renderer that cost 80 ms of a cold
/// start (263 ms to 183 ms). `WGPU_BACKEND` still picks one by hand.
///
/// Where those APIs offer only a software renderer (Mesa's lavapipe,
/// Windows' WARP: a PC whose graphics chip has OpenGL but no Vulkan or
/// Direct3D 12 driver), wgpu declines, so that the fallback can use the
/// chip through OpenGL; wgpu would otherwise draw on the processor.
#[must_use]
pub fn wgpu_options() -> eframe::egui_wgpu::WgpuConfiguration {
    use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, wgpu};
    let mut options = WgpuConfiguration::default();
    if let WgpuSetup::CreateNew(create) = &mut options.wgpu_setup {
        let forced = wgpu::Backends::from_env();
        create.instance_descriptor.backends = forced.unwrap_or(wgpu::Backends::PRIMARY);
        let chosen_by_hand = forced.is_some();
        create.native_adapter_selector = Some(std::sync::Arc::new(move |adapters, surface| {
            pick_adapter(adapters, surface, chosen_by_hand)
        }));
    }
    options
}

/// The graphics adapter wgpu draws with: one that can show the window, a
/// separate graphics chip before a built-in one; a software renderer only
/// when `WGPU_BACKEND` asked for its API.
fn pick_adapter(
    adapters: &[eframe::egui_wgpu::wgpu::Adapter],
    surface: Option<&eframe::egui_wgpu::wgpu::Surface<'_>>,
    software_ok: bool,
) -> Result<eframe::egui_wgpu::wgpu::Adapter, String> {
    use eframe::egui_wgpu::wgpu::DeviceType;
    let rank = |t: DeviceType| match t {
        DeviceType::DiscreteGpu => 0,
        DeviceType::IntegratedGpu => 1,
        DeviceType::VirtualGpu => 2,
        DeviceType::Other => 3,
        DeviceType::Cpu => 4,
    };
    let best = adapters
        .iter()
        .filter(|a| surface.is_none_or(|s| a.is_surface_supported(s)))
        .min_by_key(|a| rank(a.get_info().device_type))
        .ok_or_else(|| "no graphics adapter can show the window".to_owned())?;
    let info = best.get_info();
    if info.device_type == DeviceType::Cpu && !software_ok {
        return Err(format!(
            "only a software renderer ({}, {:?}) is available there",
            info.name, info.backend
        ));
    }
    Ok(best.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memo_is_kept_a_week_for_this_version_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let memo = Memo::at(&dir.path().join("cache"));
        assert!(!memo.says_gl(SystemTime::now()), "no file yet");
        memo.remember_gl();
        // Taken after the write: the file's time may be a tick later than
        // a clock read just before it.
        let now = SystemTime::now();
        assert!(memo.says_gl(now));
        assert!(memo.says_gl(now + Duration::from_hours(6 * 24)));
        assert!(
            !memo.says_gl(now + MEMO_KEPT + Duration::from_mins(1)),
            "a week later wgpu is tried again"
        );
        assert!(
            !memo.says_gl(now - Duration::from_hours(1)),
            "written in the future"
        );
        std::fs::write(memo.path(), "opengl 0.0.1\n").expect("write");
        assert!(!memo.says_gl(now), "another version's memo");
        std::fs::write(memo.path(), vec![b'x'; 1000]).expect("write");
        assert!(!memo.says_gl(now), "an odd file");
        memo.remember_gl();
        memo.forget();
        assert!(!memo.says_gl(now));
        memo.forget();
    }

    #[test]
    fn a_memo_that_cannot_be_written_is_no_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "x").expect("write");
        let memo = Memo::at(&blocker.join("cache"));
        memo.remember_gl();
        assert!(!memo.says_gl(SystemTime::now()));
    }

    #[test]
    fn a_renderer_chosen_by_hand_comes_before_the_memo() {
        use Plan::*;
        assert_eq!(Plan::choose(None, false, false), WgpuThenGl);
        assert_eq!(Plan::choose(None, false, true), GlThenWgpu);
        assert_eq!(Plan::choose(Some("GL"), false, false), GlOnly);
        assert_eq!(Plan::choose(Some("opengl"), true, true), GlOnly);
        assert_eq!(Plan::choose(Some("wgpu"), false, true), WgpuThenGl);
        assert_eq!(Plan::choose(None, true, true), WgpuThenGl);
        assert!(Plan::remembers(None, false));
        assert!(!Plan::remembers(Some("gl"), false));
        assert!(!Plan::remembers(None, true));
    }
}
