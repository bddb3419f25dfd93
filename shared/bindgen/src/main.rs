//! `uniffi-bindgen`: generates the Kotlin, Swift and Python bindings of `leefwereld-ffi` from
//! the built library (library mode), e.g.
//! `uniffi-bindgen generate target/release/libleefwereld_ffi.so --language python --out-dir py`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
