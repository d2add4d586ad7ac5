//! Scriptix Keys core: everything that is not the window (placeholder).
