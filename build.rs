//! Build script of `lodestar`: on Windows, embeds the app icon and version in
//! the .exe (what Explorer, the taskbar and "Apps & features" show).

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    // The icon lives at the top of the repository, above either package.
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let Some(icon) = manifest
        .ancestors()
        .map(|d| d.join("packaging/icons/lodestar.ico"))
        .find(|p| p.exists())
    else {
        panic!(
            "packaging/icons/lodestar.ico not found above {}",
            manifest.display()
        );
    };
    println!("cargo::rerun-if-changed={}", icon.display());
    let mut res = winresource::WindowsResource::new();
    res.set_icon(&icon.to_string_lossy())
        .set("ProductName", "Lodestar")
        .set(
            "FileDescription",
            "Lodestar: leadership coaching for technicians",
        )
        .set(
            "LegalCopyright",
            "The Lodestar developers (MIT or Apache-2.0)",
        );
    if let Err(e) = res.compile() {
        panic!("could not embed the Windows icon (is windres from mingw-w64 installed?): {e}");
    }
}
