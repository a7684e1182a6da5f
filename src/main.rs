//! The `fieldsign` binary: parse the command line, install the panic hook, run.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    fieldsign::cli::install_panic_hook();
    let cli = fieldsign::cli::Cli::parse();
    match fieldsign::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {}", fieldsign::cli::describe(&error));
            ExitCode::FAILURE
        }
    }
}
