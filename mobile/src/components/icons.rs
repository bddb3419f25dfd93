//! Line icons, drawn inline so they need no font or file. Icons only ever accompany text (or
//! an accessible name): they are hidden from screen readers.

use dioxus::prelude::*;

/// The icons the app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    Home,
    List,
    Settings,
    Lock,
    Plus,
    Search,
    Online,
    Offline,
    Check,
    Alert,
    Info,
    Trash,
    Pencil,
    Clip,
    Trend,
    Signal,
    Eye,
    Send,
    Outbox,
    Refresh,
    Chart,
    Download,
    Previous,
    Next,
    Team,
}

impl Glyph {
    fn path(self) -> &'static str {
        match self {
            Glyph::Home => "M3 11l9-8 9 8v10h-6v-6H9v6H3z",
            Glyph::List => "M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01",
            Glyph::Settings => {
                "M4 21v-7M4 10V3M12 21v-9M12 8V3M20 21v-5M20 12V3M1 14h6M9 8h6M17 16h6"
            }
            Glyph::Lock => "M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4",
            Glyph::Plus => "M12 5v14M5 12h14",
            Glyph::Search => "M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM21 21l-5-5",
            Glyph::Online => {
                "M5 12.5a10 10 0 0 1 14 0M1.5 9a15.5 15.5 0 0 1 21 0M8.5 16a5 5 0 0 1 7 0M12 20h.01"
            }
            Glyph::Offline => {
                "M2 2l20 20M8.5 16a5 5 0 0 1 7 0M12 20h.01M5 12.5a10 10 0 0 1 5-2.6M1.5 9a15.5 15.5 0 0 1 5-3M11 4.1a15.5 15.5 0 0 1 11.5 4.9"
            }
            Glyph::Check => "M20 6L9 17l-5-5",
            Glyph::Alert => "M12 3L2 21h20L12 3zM12 10v5M12 18h.01",
            Glyph::Info => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 16v-5M12 8h.01",
            Glyph::Trash => "M3 6h18M8 6V4h8v2M6 6l1 15h10l1-15",
            Glyph::Pencil => "M4 20h4L19 9l-4-4L4 16v4z",
            Glyph::Clip => "M21 11l-9 9a5 5 0 0 1-7-7l9-9a3.5 3.5 0 0 1 5 5l-9 9a2 2 0 0 1-3-3l8-8",
            Glyph::Trend => "M3 17l6-6 4 4 8-8M14 7h7v7",
            Glyph::Signal => "M5 22V3M5 4h13l-2.5 4.5L18 13H5",
            Glyph::Send => "M22 2L11 13M22 2l-7 20-4-9-9-4 20-7z",
            Glyph::Outbox => "M22 12h-6l-2 3h-4l-2-3H2M5.5 5h13L22 12v7H2v-7z",
            Glyph::Refresh => {
                "M21 4v6h-6M3 20v-6h6M19.5 9A8 8 0 0 0 5 6.5L3 9m18 6l-2 2.5A8 8 0 0 1 4.5 15"
            }
            Glyph::Eye => {
                "M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12zM12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z"
            }
            Glyph::Chart => "M4 20V11M10 20V5M16 20v-6M22 20H2",
            Glyph::Download => "M12 3v12M7 10l5 5 5-5M5 21h14",
            Glyph::Previous => "M15 18l-6-6 6-6",
            Glyph::Next => "M9 18l6-6-6-6",
            Glyph::Team => {
                "M9 11a4 4 0 1 0 0-8a4 4 0 1 0 0 8zM1 21v-1a6 6 0 0 1 12 0v1M16 3.5a4 4 0 0 1 0 7.5M23 21v-1a6 6 0 0 0-4-5.6"
            }
        }
    }
}

/// An icon beside text; hidden from assistive technology.
#[component]
pub fn Icon(glyph: Glyph) -> Element {
    rsx! {
        svg {
            class: "icon",
            view_box: "0 0 24 24",
            fill: "none",
            stroke: "currentColor",
            stroke_width: "2",
            stroke_linecap: "round",
            stroke_linejoin: "round",
            "aria-hidden": "true",
            "focusable": "false",
            path { d: glyph.path() }
        }
    }
}
