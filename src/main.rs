//! The `lodestar` binary: the app, and the headless commands. On Windows
//! a release build is a GUI program (no console window opens with it), so
//! its commands print nothing there; `lodestar-cli.exe` is its console twin.

#![cfg_attr(
    all(not(debug_assertions), target_os = "windows"),
    windows_subsystem = "windows"
)]

fn main() -> std::process::ExitCode {
    lodestar::cli::main()
}
