//! The `fieldsign` binary: parse the command line, install the panic hook, run.

use std::process::ExitCode;

fn main() -> ExitCode {
    fieldsign::cli::install_panic_hook();
    // Parsing reads no secret, and chooses the language the warning below is shown in.
    let cli = fieldsign::cli::parse();
    if let Err(e) = fieldsign::harden::disable_core_dumps() {
        // Not fatal (some sandboxes forbid it), but the user should know.
        eprintln!(
            "{}",
            fieldsign::t!("warning-core-dumps", reason = e.to_string())
        );
    }
    match fieldsign::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`fieldsign list | head`) is the reader's choice, not a failure.
        Err(error) if fieldsign::cli::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "{}",
                fieldsign::t!("error-prefix", message = fieldsign::cli::describe(&error))
            );
            ExitCode::FAILURE
        }
    }
}
