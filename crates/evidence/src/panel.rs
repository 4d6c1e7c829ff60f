//! A panel of real experts: ratings files and their merge (see docs/scoring.md).
