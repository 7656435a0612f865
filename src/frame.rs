//! Work that must not delay a paint: run it once the browser has painted the next frame.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` in a task queued from the next animation frame, that is after that frame's paint.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    // One copy of the scheduling code for every caller, not one per closure type.
    schedule(Box::new(f));
}

fn schedule(f: Box<dyn FnOnce()>) {
    let once = Rc::new(Cell::new(Some(f)));
    let later = {
        let once = once.clone();
        move || {
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(f) = once.take() {
                    f();
                }
            })
            .forget();
        }
    };
    let frame = Closure::once_into_js(later);
    if gloo::utils::window()
        .request_animation_frame(frame.unchecked_ref())
        .is_err()
    {
        // No animation frames: do not wait for one.
        if let Some(f) = once.take() {
            f();
        }
    }
}
