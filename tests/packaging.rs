//! The installers' inputs agree with each other and with the app: every
//! icon size exists and is the size it says, the launcher entry and the
//! `AppStream` metadata name the right binary, icon and version, and the
//! Windows configuration carries the version of this build.
//! (The `.deb` itself is built, installed and started by
//! `packaging/test-deb.sh`, which `scripts/test` runs in CI.)

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn bytes(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_icon_size_is_there_and_the_size_it_says() {
    for size in [16u32, 24, 32, 48, 64, 128, 256, 512] {
        let png = bytes(&format!("packaging/icons/lodestar-{size}.png"));
        let img = image::load_from_memory(&png).expect("a PNG");
        assert_eq!((img.width(), img.height()), (size, size), "{size} px");
    }
    let svg = read("packaging/icons/lodestar.svg");
    assert!(svg.contains("viewBox=\"0 0 512 512\""));
    // ICO: reserved 0, type 1, then the number of images.
    let ico = bytes("packaging/icons/lodestar.ico");
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "an .ico file");
    assert!(u16::from_le_bytes([ico[4], ico[5]]) >= 6, "16 to 256 px");
    let icns = bytes("packaging/icons/lodestar.icns");
    assert_eq!(&icns[..4], b"icns");
    let len = u32::from_be_bytes([icns[4], icns[5], icns[6], icns[7]]);
    assert_eq!(len as usize, icns.len(), "a whole .icns file");
    // The .deb and the .rpm install the sizes that exist, from one list.
    let stage = read("packaging/linux/stage.sh");
    assert!(stage.contains("for size in 16 24 32 48 64 128 256 512"));
    for script in ["packaging/build-linux.sh", "packaging/build-rpm.sh"] {
        assert!(
            read(script).contains("packaging/linux/stage.sh \"$stage\" \"$bin\""),
            "{script} lays out the files with stage.sh"
        );
    }
}

#[test]
fn the_launcher_entry_starts_the_binary_with_its_icon() {
    let desktop = read("packaging/linux/lodestar.desktop");
    let key = |k: &str| {
        desktop
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .unwrap_or_else(|| panic!("no {k}="))
            .to_owned()
    };
    assert_eq!(key("Type"), "Application");
    assert_eq!(key("Name"), "Lodestar");
    assert_eq!(
        key("Exec"),
        "lodestar %f",
        "the binary the .deb installs, given the file opened with it"
    );
    // A `.lodestar` file (a profile sent from another computer) is a type
    // of its own that Lodestar opens.
    assert_eq!(key("MimeType"), "application/x-lodestar-profile;");
    let mime = read("packaging/linux/lodestar-mime.xml");
    assert!(mime.contains("type=\"application/x-lodestar-profile\""));
    assert!(mime.contains("<glob pattern=\"*.lodestar\"/>"));
    assert!(read("packaging/linux/stage.sh").contains("packaging/linux/lodestar-mime.xml"));
    assert_eq!(
        key("Icon"),
        "lodestar",
        "the hicolor icon the .deb installs"
    );
    // The window's app id (ui::run) is what docks match with the entry.
    assert_eq!(key("StartupWMClass"), "lodestar");
    assert!(read("src/ui/mod.rs").contains(".with_app_id(\"lodestar\")"));
}

#[test]
fn the_metadata_and_installers_carry_this_version() {
    let version = env!("CARGO_PKG_VERSION");
    let metainfo = read("packaging/linux/org.lodestar.Lodestar.metainfo.xml");
    assert!(metainfo.contains("<id>org.lodestar.Lodestar</id>"));
    assert!(metainfo.contains("<launchable type=\"desktop-id\">lodestar.desktop</launchable>"));
    assert!(
        metainfo.contains(&format!("<release version=\"{version}\"")),
        "metainfo lists a release {version}"
    );
    let packager = read("packaging/windows/msi.toml");
    assert!(
        packager.contains(&format!("version = \"{version}\"")),
        "packaging/windows/msi.toml says version {version}"
    );
    let cargo = read("Cargo.toml");
    assert!(cargo.contains("identifier = \"org.lodestar.Lodestar\""));
    assert!(packager.contains("identifier = \"org.lodestar.Lodestar\""));
    assert_eq!(lodestar::ui::about::VERSION, version);
}

#[test]
fn the_windows_installer_script_finds_its_files() {
    let nsi = read("packaging/windows/lodestar.nsi");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows");
    for line in nsi.lines() {
        for part in line.split('"') {
            if let Some(rel) = part.strip_prefix("..\\") {
                let path = dir.join("..").join(rel.replace('\\', "/"));
                assert!(path.exists(), "{part} (in lodestar.nsi) is missing");
            }
        }
    }
    // lodestar-cli.exe: 0.1.0's console twin, gone since lodestar.exe
    // prints to the terminal itself; an upgrade or uninstall removes it.
    for file in ["lodestar.exe", "lodestar-cli.exe", "uninstall.exe"] {
        assert!(
            nsi.contains(&format!("Delete \"$INSTDIR\\{file}\"")),
            "uninstall removes {file}"
        );
    }
    assert!(
        !nsi.contains("File \"${BINDIR}\\lodestar-cli.exe\""),
        "one program: lodestar.exe"
    );
    // A 64-bit setup program (a 32-bit one needs 32-bit Windows support).
    assert!(nsi.contains("Target amd64-unicode"));
    // The folder joins PATH on install and leaves it on uninstall.
    assert!(nsi.contains("WriteRegExpandStr HKCU \"Environment\" \"Path\" \"$0;$INSTDIR\""));
    assert!(nsi.contains("${UnStrRep} $1 \";$0;\" \";$INSTDIR;\" \";\""));
    // The uninstaller never touches the profiles (in %APPDATA%).
    assert!(!nsi.contains("$APPDATA") && !nsi.contains("RMDir /r"));
}

#[test]
fn no_config_is_picked_up_by_cargo_packager_on_the_wrong_os() {
    // cargo-packager reads any `packager.toml` (any case) it finds in the
    // tree before Cargo.toml: the Windows-only .msi config must not be one.
    fn walk(dir: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("folder").flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_lowercase();
            if path.is_dir() {
                if !matches!(name.as_str(), "target" | ".git") {
                    walk(&path, found);
                }
            } else if name == "packager.toml" || name == "packager.json" {
                found.push(path.display().to_string());
            }
        }
    }
    let mut found = Vec::new();
    walk(Path::new(env!("CARGO_MANIFEST_DIR")), &mut found);
    assert!(found.is_empty(), "{found:?}");
    // The .msi config's paths are relative to its own folder.
    let msi = read("packaging/windows/msi.toml");
    assert!(msi.contains("icons = [\"../icons/lodestar.ico\"]"));
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("packaging/windows/../icons/lodestar.ico")
            .exists()
    );
    assert!(msi.contains("out-dir = \"../../target/release\""));
}

#[test]
fn a_sent_profile_opens_lodestar_on_every_system() {
    // Windows: the installer registers .lodestar for this user and the
    // uninstaller takes it away only while it is still Lodestar's.
    let nsi = read("packaging/windows/lodestar.nsi");
    assert!(nsi.contains(r#"WriteRegStr HKCU "Software\Classes\.lodestar" "" "Lodestar.Profile""#));
    assert!(nsi.contains(r#"shell\open\command" "" '"$INSTDIR\lodestar.exe" "%1"'"#));
    let uninstall = &nsi[nsi
        .find("Section \"Uninstall\"")
        .expect("uninstall section")..];
    assert!(uninstall.contains(r#"DeleteRegKey HKCU "Software\Classes\Lodestar.Profile""#));
    assert!(uninstall.contains(r#"StrCmp $0 "Lodestar.Profile""#));
    // macOS: an exported type for the extension, and Lodestar its owner.
    let plist = read("packaging/macos/Info.plist");
    for needle in [
        "<key>UTExportedTypeDeclarations</key>",
        "<string>org.lodestar.profile</string>",
        "<string>lodestar</string>",
        "<key>CFBundleDocumentTypes</key>",
    ] {
        assert!(plist.contains(needle), "Info.plist lacks {needle}");
    }
    assert_eq!(
        plist.matches("<dict>").count(),
        plist.matches("</dict>").count(),
        "Info.plist is balanced"
    );
    // Linux: the launcher takes a file and names the type.
    let desktop = read("packaging/linux/lodestar.desktop");
    assert!(desktop.contains("Exec=lodestar %f"));
    assert!(desktop.contains("MimeType=application/x-lodestar-profile"));
}

/// The launcher entry, the software centre's text and the Windows
/// installer speak every language the app speaks (issue #17): a language
/// added to the app and not here fails.
#[test]
fn the_launcher_metadata_and_installer_speak_every_language() {
    let desktop = read("packaging/linux/lodestar.desktop");
    let metainfo = read("packaging/linux/org.lodestar.Lodestar.metainfo.xml");
    let nsi = read("packaging/windows/lodestar.nsi");
    assert!(
        bytes("packaging/windows/lodestar.nsi").starts_with(b"\xef\xbb\xbf"),
        "makensis reads UTF-8 only with a byte-order mark"
    );
    let strings: std::collections::BTreeSet<&str> = nsi
        .lines()
        .filter_map(|l| l.strip_prefix("LangString "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for lang in lodestar::i18n::Lang::all().skip(1) {
        let tag = lang.tag();
        let desktop_tag = tag.replace('-', "_");
        for key in ["GenericName", "Comment", "Keywords"] {
            assert!(
                desktop.contains(&format!("\n{key}[{desktop_tag}]=")),
                "lodestar.desktop has no {key}[{desktop_tag}]"
            );
        }
        assert!(
            metainfo.contains(&format!("<summary xml:lang=\"{tag}\">")),
            "the metainfo has no summary in {tag}"
        );
        let nsis = match tag {
            "de" => "GERMAN",
            "fr" => "FRENCH",
            "es" => "SPANISH",
            "pt-BR" => "PORTUGUESEBR",
            other => panic!("which NSIS language is {other}?"),
        };
        assert!(
            nsi.to_uppercase()
                .contains(&format!("MUI_LANGUAGE \"{nsis}\"")),
            "the installer has no {nsis} pages"
        );
        for name in &strings {
            assert!(
                nsi.contains(&format!("LangString {name} ${{LANG_{nsis}}} ")),
                "the installer's {name} has no {nsis} text"
            );
        }
    }
}
