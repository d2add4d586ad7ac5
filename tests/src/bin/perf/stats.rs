//! Medians and spreads of repeated measurements.

use serde_json::{Value, json};

/// Samples of one measurement, in the unit the caller chose (ms, MB, …).
#[derive(Debug, Clone, Default)]
pub struct Samples(pub Vec<f64>);

impl Samples {
    pub fn push(&mut self, value: f64) {
        self.0.push(value);
    }

    fn sorted(&self) -> Vec<f64> {
        let mut v = self.0.clone();
        v.sort_by(f64::total_cmp);
        v
    }

    /// The median (mean of the two middle values for an even count); NaN when empty.
    pub fn median(&self) -> f64 {
        let v = self.sorted();
        match v.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => v[n / 2],
            n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
        }
    }

    /// The value below which `p` (0..=1) of the samples lie (nearest rank).
    pub fn percentile(&self, p: f64) -> f64 {
        let v = self.sorted();
        if v.is_empty() {
            return f64::NAN;
        }
        let rank = ((v.len() as f64 - 1.0) * p).round() as usize;
        v[rank.min(v.len() - 1)]
    }

    /// `{median, p95, min, max, n, samples}` for the JSON file.
    pub fn to_json(&self) -> Value {
        let v = self.sorted();
        json!({
            "median": round3(self.median()),
            "p95": round3(self.percentile(0.95)),
            "min": v.first().copied().map(round3),
            "max": v.last().copied().map(round3),
            "n": v.len(),
            "samples": self.0.iter().copied().map(round3).collect::<Vec<_>>(),
        })
    }
}

/// Three decimals are more than any of these measurements can tell apart.
pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(Samples(vec![3.0, 1.0, 2.0]).median(), 2.0);
        assert_eq!(Samples(vec![4.0, 1.0, 2.0, 3.0]).median(), 2.5);
        assert!(Samples(vec![]).median().is_nan());
    }
}
