//! The `lodestar` binary: the app, and the headless commands. On Windows
//! a release build is a GUI program (no console window opens with it); its
//! commands attach to the console they were started from (`console.rs`).

#![cfg_attr(
    all(not(debug_assertions), target_os = "windows"),
    windows_subsystem = "windows"
)]

fn main() -> std::process::ExitCode {
    lodestar::cli::main()
}
