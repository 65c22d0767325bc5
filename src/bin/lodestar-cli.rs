//! `lodestar-cli`: the same program as `lodestar`, built as a console
//! program, for Windows, where the GUI build cannot print to a terminal.
//! Built only with `--features cli-binary` (the Windows packaging does);
//! elsewhere `lodestar` itself prints to the terminal.

fn main() -> std::process::ExitCode {
    lodestar::cli::main()
}
