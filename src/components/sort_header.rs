//! A sortable column header: shows the current direction and navigates to the next sort.

use corpus::view::{Sort, SortKey, ViewState};
use yew::prelude::*;

use crate::context::AppCtx;

/// A `<th>` for `key`. `default_key` is the column that `SortKey::Default` sorts by
/// (descending); a click sorts by `key`, flipping the direction if it is already active.
pub fn sort_header(ctx: &AppCtx, key: SortKey, default_key: SortKey, label: &'static str) -> Html {
    let sort = ctx.view.sort;
    let active = sort.key == key || (sort.key == SortKey::Default && key == default_key);
    let descending_now = sort.descending || sort.key == SortKey::Default;
    let aria = active.then_some(if descending_now {
        "descending"
    } else {
        "ascending"
    });
    let onclick = {
        let ctx = ctx.clone();
        let descending = !(active && descending_now);
        Callback::from(move |_| {
            ctx.nav.push(ViewState {
                sort: Sort { key, descending },
                ..ctx.view()
            })
        })
    };
    let arrow = match aria {
        Some("descending") => " ↓",
        Some(_) => " ↑",
        None => "",
    };
    html! {
        <th scope="col" aria-sort={aria}>
            <button onclick={onclick}>{ label }{ arrow }</button>
        </th>
    }
}
