//! Starts the Leefwereld app on the platform chosen by the cargo features.

fn main() {
    leefwereld_app::launch();
}
