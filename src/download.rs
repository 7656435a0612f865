//! "Export this view": hands a text file to the browser as a download (Blob + object URL).

use wasm_bindgen::JsCast;

/// Offers `contents` as a file named `name`. Returns false if the browser refused.
pub fn offer(name: &str, mime: &str, contents: &str) -> bool {
    offer_inner(name, mime, contents).is_some()
}

fn offer_inner(name: &str, mime: &str, contents: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).ok()?;
    Some(())
}
