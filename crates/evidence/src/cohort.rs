//! A cohort's item analysis (see docs/scoring.md).
