//! The built-in knowledge base and its gazetteer, built once per test binary (compiling the
//! automaton per case would dominate the run time). Shared by the fuzz and scale tests.

use std::sync::OnceLock;

use corpus::kb::KnowledgeBase;
use corpus::mentions::gazetteer::Gazetteer;

pub fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::builtin().expect("the built-in knowledge base loads"))
}

pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::from_kb(kb()))
}
