//! The `lodestar` binary: parses the command line, then opens the app or
//! runs a headless command. Errors end up here, once, on stderr.

#![cfg_attr(
    all(not(debug_assertions), target_os = "windows"),
    windows_subsystem = "windows"
)]

use std::process::ExitCode;

use clap::Parser as _;
use lodestar::cli::{self, Cli, Command};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let result = cli::open_store(&cli).and_then(|store| match &cli.command {
        None | Some(Command::Gui) => lodestar::ui::run(store),
        Some(command) => cli::run(&store, command, &mut std::io::stdout().lock()),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
