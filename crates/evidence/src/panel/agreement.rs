//! How far a panel agrees, as numbers: each option's mean and sample SD, rWG for one option
//! and rWG(J) across a decision's options, ICC(C,k) for the reliability of the panel's means,
//! and Kendall's W for the order the raters put the options in. Pure arithmetic on a table of
//! ratings (one row per option, one column per rater); docs/scoring.md, "The expert panel",
//! explains each figure and works an example by hand.

/// The variance of ratings spread evenly over the seven points of the scale, the "no
/// agreement" null of rWG: (A² − 1) / 12 with A = 7.
pub const UNIFORM_VARIANCE: f64 = (7.0 * 7.0 - 1.0) / 12.0;

/// The mean of some ratings; 0 for none.
pub fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().sum::<f64>() / values.len() as f64
}

/// The sample variance (n − 1) of some ratings; 0 with fewer than two.
pub fn variance(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return 0.0;
    }
    let m = mean(values);
    values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (values.len() - 1) as f64
}

/// rWG of one option: 1 − s² / σ²_EU, clamped to [0, 1] (a spread wider than uniform
/// ratings is no agreement at all).
pub fn rwg(variance: f64) -> f64 {
    (1.0 - variance / UNIFORM_VARIANCE).clamp(0.0, 1.0)
}

/// rWG(J) over J options: J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²), with s̄² the mean of the
/// options' variances; 0 when s̄² reaches σ² (James, Demaree and Wolf's convention), 1 when
/// every rater gives every option the same rating.
pub fn rwg_j(variances: &[f64]) -> f64 {
    if variances.is_empty() {
        return 1.0;
    }
    let j = variances.len() as f64;
    let ratio = mean(variances) / UNIFORM_VARIANCE;
    if ratio >= 1.0 {
        return 0.0;
    }
    let agree = j * (1.0 - ratio);
    (agree / (agree + ratio)).clamp(0.0, 1.0)
}

/// ICC(C,k), McGraw and Wong's consistency of the mean of k raters (Shrout and Fleiss's
/// ICC(3,k)): (MS_rows − MS_error) / MS_rows from a two-way table of options (rows) by raters
/// (columns). `None` when it is undefined: fewer than two options or raters, or options
/// whose means are all alike (nothing to tell apart). It may be negative: then the options'
/// means differ less than the raters' disagreement would make them by chance.
pub fn icc_consistency(table: &[Vec<f64>]) -> Option<f64> {
    let n = table.len();
    let k = table.first().map_or(0, Vec::len);
    if n < 2 || k < 2 || table.iter().any(|row| row.len() != k) {
        return None;
    }
    let all: Vec<f64> = table.iter().flatten().copied().collect();
    let grand = mean(&all);
    let row_means: Vec<f64> = table.iter().map(|row| mean(row)).collect();
    let column_means: Vec<f64> =
        (0..k).map(|c| mean(&table.iter().filter_map(|row| row.get(c).copied()).collect::<Vec<_>>())).collect();
    let total: f64 = all.iter().map(|x| (x - grand).powi(2)).sum();
    let rows = k as f64 * row_means.iter().map(|m| (m - grand).powi(2)).sum::<f64>();
    let columns = n as f64 * column_means.iter().map(|m| (m - grand).powi(2)).sum::<f64>();
    let error = (total - rows - columns).max(0.0);
    let ms_rows = rows / (n - 1) as f64;
    let ms_error = error / ((n - 1) * (k - 1)) as f64;
    if ms_rows <= 1e-12 {
        return None;
    }
    Some((ms_rows - ms_error) / ms_rows)
}

/// Kendall's W over the raters' orders of the options, ties given their mean rank and
/// corrected for: 12S / (m²(n³ − n) − mΣT), T = Σ(t³ − t) over each rater's groups of tied
/// options. `None` with fewer than two options or raters, or when every rater rates every
/// option alike (no order to agree on).
pub fn kendall_w(table: &[Vec<f64>]) -> Option<f64> {
    let n = table.len();
    let m = table.first().map_or(0, Vec::len);
    if n < 2 || m < 2 || table.iter().any(|row| row.len() != m) {
        return None;
    }
    let mut sums = vec![0.0; n];
    let mut ties = 0.0;
    for rater in 0..m {
        let column: Vec<f64> = table.iter().filter_map(|row| row.get(rater).copied()).collect();
        let (ranks, t) = ranks(&column);
        for (sum, rank) in sums.iter_mut().zip(ranks) {
            *sum += rank;
        }
        ties += t;
    }
    let (n, m) = (n as f64, m as f64);
    let expected = m * (n + 1.0) / 2.0;
    let s: f64 = sums.iter().map(|r| (r - expected).powi(2)).sum();
    let denominator = m * m * (n * n * n - n) - m * ties;
    if denominator <= 1e-12 {
        return None;
    }
    Some((12.0 * s / denominator).clamp(0.0, 1.0))
}

/// The ranks of `values`, highest first (rank 1), tied values sharing their mean rank, and
/// Σ(t³ − t) over the groups of ties.
pub fn ranks(values: &[f64]) -> (Vec<f64>, f64) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]));
    let mut ranks = vec![0.0; values.len()];
    let mut ties = 0.0;
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && values[order[end]] == values[order[start]] {
            end += 1;
        }
        // Places start + 1 ..= end share their mean.
        let shared = (start + 1 + end) as f64 / 2.0;
        for &i in &order[start..end] {
            ranks[i] = shared;
        }
        let t = (end - start) as f64;
        ties += t * t * t - t;
        start = end;
    }
    (ranks, ties)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// docs/scoring.md's worked example: three raters, four options.
    fn example() -> Vec<Vec<f64>> {
        vec![vec![6.0, 7.0, 6.0], vec![5.0, 6.0, 4.0], vec![3.0, 2.0, 4.0], vec![1.0, 2.0, 2.0]]
    }

    #[test]
    fn the_uniform_null_of_seven_points_is_four() {
        assert!(close(UNIFORM_VARIANCE, 4.0));
    }

    #[test]
    fn the_worked_example_by_hand() {
        let table = example();
        let variances: Vec<f64> = table.iter().map(|row| variance(row)).collect();
        assert!(close(variances[0], 1.0 / 3.0) && close(variances[1], 1.0));
        assert!(close(rwg(variances[0]), 11.0 / 12.0) && close(rwg(variances[1]), 0.75));
        assert!(close(rwg_j(&variances), 20.0 / 21.0));
        assert!(close(icc_consistency(&table).unwrap(), 435.0 / 464.0));
        assert!(close(kendall_w(&table).unwrap(), 474.0 / 504.0));
    }

    #[test]
    fn ranks_share_ties_and_count_them() {
        let (ranks, ties) = ranks(&[7.0, 6.0, 2.0, 2.0]);
        assert_eq!(ranks, [1.0, 2.0, 3.5, 3.5]);
        assert!(close(ties, 6.0));
        let (ranks, ties) = super::ranks(&[4.0, 4.0, 4.0]);
        assert_eq!(ranks, [2.0, 2.0, 2.0]);
        assert!(close(ties, 24.0));
    }

    #[test]
    fn agreement_has_its_limits() {
        // Ratings of 1 and 7 alone spread wider than uniform: no agreement, not a negative one.
        assert!(close(rwg(variance(&[1.0, 7.0])), 0.0));
        assert!(close(rwg_j(&[18.0, 0.0]), 0.0));
        assert!(close(rwg_j(&[0.0, 0.0, 0.0]), 1.0));
        // Identical orders agree perfectly; reversed orders of two raters not at all.
        let same = vec![vec![7.0, 7.0], vec![4.0, 4.0], vec![1.0, 1.0]];
        assert!(close(kendall_w(&same).unwrap(), 1.0));
        assert!(close(icc_consistency(&same).unwrap(), 1.0));
        let reversed = vec![vec![7.0, 1.0], vec![4.0, 4.0], vec![1.0, 7.0]];
        assert!(close(kendall_w(&reversed).unwrap(), 0.0));
        assert!(icc_consistency(&reversed).is_none(), "every option's mean is 4");
        // Nothing to order, nothing to tell apart.
        let flat = vec![vec![5.0, 5.0], vec![5.0, 5.0]];
        assert_eq!((kendall_w(&flat), icc_consistency(&flat)), (None, None));
        assert_eq!(kendall_w(&[vec![5.0, 6.0]]), None);
    }
}
