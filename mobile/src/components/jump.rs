//! Following a link to another part of the same screen: the view and the keyboard focus move
//! there. In-page links go through this rather than a `#` address, which the router would read
//! as a route.

use dioxus::prelude::*;

/// Where the view puts the target: a field in the middle, where its label and hint show
/// around it; a section at the top, where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Center,
    Start,
}

/// Scrolls to the element with id `target` (or the first with that `name`, for a group of
/// choices) and gives it the focus. A heading that should take the focus has `tabindex="-1"`.
pub fn go_to(target: &str, place: Place) {
    let block = match place {
        Place::Center => "center",
        Place::Start => "start",
    };
    document::eval(&format!(
        "const t = document.getElementById({target:?}) ?? document.querySelector('[name=' + {target:?} + ']'); \
         if (t) {{ t.scrollIntoView({{ block: {block:?} }}); t.focus({{ preventScroll: true }}); }}"
    ));
}

/// Gives the keyboard focus to the heading of the screen that just opened, as a screen reader
/// user expects after following a link; the heading is made focusable for it.
pub fn focus_heading() {
    document::eval(
        "const h = document.querySelector('#main-content h1'); \
         if (h) { h.setAttribute('tabindex', '-1'); h.focus({ preventScroll: true }); }",
    );
}
