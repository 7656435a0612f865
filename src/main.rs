//! Entry point of the wasm app: mounts the yew [`cloud_explorer::App`].

fn main() {
    cloud_explorer::start();
}
