//! From scored pairs to groups: records linked by any pair worth review form one group
//! (union-find), so a signer who signed three times is one group, not three pairs.

/// The union-find root of `i`, halving paths on the way.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups of `n` items linked by `links`: each group's members in ascending order,
/// groups ordered by their first member; items without links are left out.
pub fn groups(n: usize, links: impl IntoIterator<Item = (usize, usize)>) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    let mut linked = vec![false; n];
    for (a, b) in links {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
        linked[a] = true;
        linked[b] = true;
    }
    let mut by_root = std::collections::BTreeMap::<usize, Vec<usize>>::new();
    for i in (0..n).filter(|&i| linked[i]) {
        let r = root(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    by_root.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_chain_into_groups() {
        assert_eq!(
            groups(6, [(0, 2), (4, 5), (2, 3)]),
            vec![vec![0, 2, 3], vec![4, 5]]
        );
        assert!(groups(3, []).is_empty());
    }
}
