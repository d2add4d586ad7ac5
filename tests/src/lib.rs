//! Harness for the end-to-end journeys (placeholder).
