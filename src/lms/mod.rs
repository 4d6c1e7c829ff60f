//! Reporting to learning-management systems.
//!
//! The pure mapping from a playthrough and its score to the values an LMS records lives
//! here; thin browser bridges for SCORM 1.2, SCORM 2004 and cmi5 will sit beside it. Until
//! those land, the only mode is standalone, where the browser's own storage is the record.

/// Where a playthrough's results go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// No LMS: progress stays in the browser.
    Standalone,
}

impl Target {
    /// A short, user-facing name for the target.
    pub fn label(self) -> &'static str {
        match self {
            Target::Standalone => "standalone",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standalone_has_a_label() {
        assert_eq!(Target::Standalone.label(), "standalone");
    }
}
