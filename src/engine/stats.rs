//! Small, exact statistics for the two-sided figures and item analysis:
//! running moments that merge (so files can be read in parallel chunks),
//! sample variance, Pearson correlation, rwg(J) and Cronbach's alpha.
//!
//! Running figures use Welford's updates (and Chan's merge), which stay
//! accurate where sums of squares would cancel.

/// Count, mean and sum of squared deviations of a stream of values.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Moments {
    pub n: usize,
    pub mean: f64,
    /// Sum of squared deviations from the mean.
    pub m2: f64,
}

impl Moments {
    pub fn add(&mut self, x: f64) {
        self.n += 1;
        let d = x - self.mean;
        self.mean += d / self.n as f64;
        self.m2 += d * (x - self.mean);
    }

    /// Adds the values another [`Moments`] has seen.
    pub fn merge(&mut self, o: &Moments) {
        if o.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *o;
            return;
        }
        let n = (self.n + o.n) as f64;
        let d = o.mean - self.mean;
        self.mean += d * o.n as f64 / n;
        self.m2 += o.m2 + d * d * self.n as f64 * o.n as f64 / n;
        self.n += o.n;
    }

    /// The mean; `None` without values.
    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then_some(self.mean)
    }

    /// The sample variance (divisor n - 1); `None` under 2 values.
    pub fn sample_variance(&self) -> Option<f64> {
        (self.n >= 2).then(|| (self.m2 / (self.n - 1) as f64).max(0.0))
    }

    /// The sample standard deviation; `None` under 2 values.
    pub fn sd(&self) -> Option<f64> {
        self.sample_variance().map(f64::sqrt)
    }
}

/// Running co-moments of pairs `(x, y)`, for a Pearson correlation.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct CoMoments {
    pub n: usize,
    mean_x: f64,
    mean_y: f64,
    cxx: f64,
    cyy: f64,
    cxy: f64,
}

impl CoMoments {
    pub fn add(&mut self, x: f64, y: f64) {
        self.n += 1;
        let n = self.n as f64;
        let dx = x - self.mean_x;
        let dy = y - self.mean_y;
        self.mean_x += dx / n;
        self.mean_y += dy / n;
        self.cxx += dx * (x - self.mean_x);
        self.cyy += dy * (y - self.mean_y);
        self.cxy += dx * (y - self.mean_y);
    }

    pub fn merge(&mut self, o: &CoMoments) {
        if o.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *o;
            return;
        }
        let (na, nb) = (self.n as f64, o.n as f64);
        let n = na + nb;
        let dx = o.mean_x - self.mean_x;
        let dy = o.mean_y - self.mean_y;
        self.cxx += o.cxx + dx * dx * na * nb / n;
        self.cyy += o.cyy + dy * dy * na * nb / n;
        self.cxy += o.cxy + dx * dy * na * nb / n;
        self.mean_x += dx * nb / n;
        self.mean_y += dy * nb / n;
        self.n += o.n;
    }

    /// Pearson's r; `None` under `min_n` pairs or when either variable has
    /// no variance.
    pub fn pearson(&self, min_n: usize) -> Option<f64> {
        if self.n < min_n.max(2) || self.cxx <= 0.0 || self.cyy <= 0.0 {
            return None;
        }
        Some((self.cxy / (self.cxx.sqrt() * self.cyy.sqrt())).clamp(-1.0, 1.0))
    }
}

/// rwg(J) (James, Demaree & Wolf) from the sample variances of the J
/// questions that have one, on a scale of `points` answer points:
/// `E = (A² - 1) / 12`, `r = mean variance / E`,
/// `rwg = J (1 - r) / (J (1 - r) + r)`, and 0 when `r >= 1`. `None` when no
/// question has a variance.
pub fn rwg_j(variances: &[f64], points: f64) -> Option<f64> {
    if variances.is_empty() {
        return None;
    }
    let j = variances.len() as f64;
    let m = variances.iter().sum::<f64>() / j;
    let expected = (points * points - 1.0) / 12.0;
    if expected <= 0.0 {
        return None;
    }
    let r = m / expected;
    if r >= 1.0 {
        return Some(0.0);
    }
    Some(j * (1.0 - r) / (j * (1.0 - r) + r))
}

/// Cronbach's alpha for J questions: `J / (J - 1) * (1 - Σ variances /
/// variance of the sum)`, from each question's sample variance and the
/// sample variance of the per-file sum. `None` with J < 2 or a sum without
/// variance.
pub fn cronbach_alpha(item_variances: &[f64], sum_variance: f64) -> Option<f64> {
    let j = item_variances.len() as f64;
    if item_variances.len() < 2 || sum_variance <= 0.0 {
        return None;
    }
    Some(j / (j - 1.0) * (1.0 - item_variances.iter().sum::<f64>() / sum_variance))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moments(xs: &[f64]) -> Moments {
        let mut m = Moments::default();
        xs.iter().for_each(|x| m.add(*x));
        m
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn sample_variance_divides_by_n_minus_one() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 32.
        let m = moments(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
        assert_eq!(m.mean(), Some(5.0));
        assert!(close(m.sample_variance().unwrap(), 32.0 / 7.0));
        assert_eq!(moments(&[3.0]).sample_variance(), None);
        assert_eq!(moments(&[]).mean(), None);
        assert_eq!(moments(&[4.0, 4.0, 4.0]).sample_variance(), Some(0.0));
    }

    #[test]
    fn merged_moments_equal_one_pass() {
        let xs = [1.0, 5.0, 2.0, 4.0, 4.0, 3.0, 1.0];
        let whole = moments(&xs);
        let mut a = moments(&xs[..3]);
        a.merge(&moments(&xs[3..]));
        a.merge(&Moments::default());
        assert_eq!(a.n, whole.n);
        assert!(close(a.mean, whole.mean));
        assert!(close(a.m2, whole.m2));
    }

    #[test]
    fn pearson_on_a_textbook_example() {
        // x = 1..5, y = 2, 4, 5, 4, 5: r = 0.7745966692 (√0.6).
        let mut c = CoMoments::default();
        for (x, y) in [(1.0, 2.0), (2.0, 4.0), (3.0, 5.0), (4.0, 4.0), (5.0, 5.0)] {
            c.add(x, y);
        }
        assert!(close(c.pearson(3).unwrap(), 0.6f64.sqrt()));
        assert_eq!(c.pearson(6), None, "too few pairs");
        let mut flat = CoMoments::default();
        for x in [1.0, 2.0, 3.0] {
            flat.add(x, 4.0);
        }
        assert_eq!(flat.pearson(3), None, "no variance");
        let mut a = CoMoments::default();
        let mut b = CoMoments::default();
        for (x, y) in [(1.0, 2.0), (2.0, 4.0)] {
            a.add(x, y);
        }
        for (x, y) in [(3.0, 5.0), (4.0, 4.0), (5.0, 5.0)] {
            b.add(x, y);
        }
        a.merge(&b);
        assert!(close(a.pearson(3).unwrap(), 0.6f64.sqrt()));
    }

    #[test]
    fn rwg_follows_james_demaree_and_wolf() {
        // 5 points: E = 2. Variances 0.5 and 1.0: m = 0.75, r = 0.375,
        // rwg = 2 * 0.625 / (2 * 0.625 + 0.375) = 1.25 / 1.625.
        assert!(close(rwg_j(&[0.5, 1.0], 5.0).unwrap(), 1.25 / 1.625));
        // Perfect agreement.
        assert_eq!(rwg_j(&[0.0, 0.0, 0.0], 5.0), Some(1.0));
        // r >= 1: no agreement beyond chance.
        assert_eq!(rwg_j(&[2.0], 5.0), Some(0.0));
        assert_eq!(rwg_j(&[3.5, 2.5], 5.0), Some(0.0));
        // No question with two answers on the side.
        assert_eq!(rwg_j(&[], 5.0), None);
    }

    #[test]
    fn cronbach_alpha_on_a_textbook_example() {
        // Three items, four respondents:
        //   (1,2,2) (2,3,3) (3,3,4) (4,4,5): item variances 5/3, 2/3, 5/3,
        //   sums 5, 8, 10, 13: variance 34/3.
        // alpha = 3/2 * (1 - 4/(34/3)) = 3/2 * (1 - 12/34) = 33/34.
        let items = [
            moments(&[1.0, 2.0, 3.0, 4.0]),
            moments(&[2.0, 3.0, 3.0, 4.0]),
            moments(&[2.0, 3.0, 4.0, 5.0]),
        ];
        let variances: Vec<f64> = items.iter().map(|m| m.sample_variance().unwrap()).collect();
        let sum = moments(&[5.0, 8.0, 10.0, 13.0]).sample_variance().unwrap();
        assert!(close(cronbach_alpha(&variances, sum).unwrap(), 33.0 / 34.0));
        assert_eq!(cronbach_alpha(&variances[..1], sum), None);
        assert_eq!(cronbach_alpha(&variances, 0.0), None);
    }
}
