//! On wasm, mounts the app; natively, runs the `listo` command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    listo::ui::start();
}

/// The CLI allocates a few hundred small strings per listing (diagnostics, messages, output) on
/// every core at once; with glibc's allocator, malloc and free were 45% of a profile of
/// `listo check` on 10,000 listings. mimalloc's thread-local heaps make them cheap.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(all(not(target_arch = "wasm32"), feature = "bulk"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = listo::cli::run(&args, &mut std::io::stdin().lock(), &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    std::process::exit(code);
}

/// The CLI reads files with the bulk reader: a native build without it has nothing to run.
#[cfg(all(not(target_arch = "wasm32"), not(feature = "bulk")))]
fn main() {
    eprintln!("listo: the command-line tool needs the default features (cargo build --bin listo).");
    std::process::exit(2);
}
