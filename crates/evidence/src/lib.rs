//! Evidence for a scenario's keys, pure (no IO): [`panel`] reads real experts' ratings
//! files and merges them into per-decision figures (means, SDs, agreement, whether the
//! best option is clear, contested or other than the file's key), and [`cohort`] analyses
//! what a class of learners did (option frequencies, difficulty, discrimination, paths).

pub mod cohort;
pub mod panel;
