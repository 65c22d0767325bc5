//! Build script: on Windows, embeds the app icon and version in the .exe
//! (what Explorer, the taskbar and "Apps & features" show).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=packaging/icons/lodestar.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let mut res = winresource::WindowsResource::new();
        res.set_icon("packaging/icons/lodestar.ico")
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
}
