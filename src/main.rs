//! On wasm, mounts the app; natively, runs the `listo` command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    listo::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = listo::cli::run(&args, &mut std::io::stdin().lock(), &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    std::process::exit(code);
}
