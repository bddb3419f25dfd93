# Source this before `cargo check --target aarch64-linux-android` on a machine without the Android
# NDK. rustls' crypto (ring) has C parts that need a C compiler for the target: Debian's clang
# compiles them against Debian's aarch64 glibc headers (packages clang, libc6-dev-arm64-cross),
# which is enough for cargo to type-check all Rust code for the phone. Nothing built this way is
# linked or shipped; a release build uses the NDK (ANDROID_NDK_HOME), see README "Phones".
#
# iOS has no such stand-in (ring's C needs the iOS SDK headers from Xcode), so iOS is checked with
# the FFI crate's `zgw-http` feature off (no leefwereld-zgw); see README "Phones".
export CC_aarch64_linux_android=clang
export AR_aarch64_linux_android=llvm-ar
export CFLAGS_aarch64_linux_android="--target=aarch64-linux-android24 -isystem /usr/aarch64-linux-gnu/include"
