//! The `fieldsign` binary: parse the command line, install the panic hook, run.

use std::process::ExitCode;

fn main() -> ExitCode {
    fieldsign::cli::install_panic_hook();
    if let Err(e) = fieldsign::harden::disable_core_dumps() {
        // Not fatal (some sandboxes forbid it), but the user should know.
        eprintln!(
            "warning: could not disable core dumps ({e}); a crash could write memory to disk"
        );
    }
    let cli = fieldsign::cli::parse();
    match fieldsign::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`fieldsign list | head`) is the reader's choice, not a failure.
        Err(error) if fieldsign::cli::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {}", fieldsign::cli::describe(&error));
            ExitCode::FAILURE
        }
    }
}
