//! "Will this key file end up in git?" — a deliberately small `.gitignore` reader.
//!
//! It reads the `.gitignore` files between the repository root and the file, plus
//! `.git/info/exclude`, and understands what `.env` files are ignored with in practice:
//! plain names (`.env`), globs with `*` and `?` (`*.env`, `.env*`), anchored paths
//! (`/config/.env`), folder patterns (`secrets/`), leading `**/` and `!` negation (last match
//! wins). It does not read the global `core.excludesFile`, `[...]` classes or escapes, so it
//! can warn about a file that git would in fact ignore, never the other way round for these
//! common patterns. A crate (`ignore`) would be exact but pulls in a walker we do not need.

use std::path::{Component, Path, PathBuf};

/// A warning (`export-gitignore-warning`) when `path` is inside a git work tree and no ignore
/// rule there covers it; `None` when it is ignored or not in a repository.
pub fn gitignore_warning(path: &Path) -> Option<crate::i18n::Coded> {
    let path = std::path::absolute(path).ok()?;
    let name = path.file_name()?.to_string_lossy().into_owned();
    let root = path
        .parent()?
        .ancestors()
        .find(|dir| dir.join(".git").exists())?
        .to_path_buf();
    let relative: Vec<String> = path
        .strip_prefix(&root)
        .ok()?
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    if is_ignored(&root, &relative) {
        return None;
    }
    Some(
        crate::i18n::Coded::new("export-gitignore-warning")
            .arg("name", name)
            .arg("root", root.display().to_string()),
    )
}

/// Ignore sources from lowest to highest precedence, each with the depth of its folder.
fn sources(root: &Path, relative: &[String]) -> Vec<(usize, PathBuf)> {
    let mut found = vec![(0, root.join(".git").join("info").join("exclude"))];
    let mut dir = root.to_path_buf();
    for depth in 0..relative.len() {
        found.push((depth, dir.join(".gitignore")));
        if let Some(part) = relative.get(depth) {
            dir.push(part);
        }
    }
    found
}

fn is_ignored(root: &Path, relative: &[String]) -> bool {
    let mut ignored = false;
    for (depth, file) in sources(root, relative) {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let below: Vec<&str> = relative[depth..].iter().map(String::as_str).collect();
        for raw in text.lines() {
            let line = raw.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (negated, pattern) = match line.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            if pattern_matches(pattern, &below) {
                ignored = !negated;
            }
        }
    }
    ignored
}

/// Whether one pattern matches the file given by its path components below the pattern's
/// folder (the last component is the file).
pub(super) fn pattern_matches(pattern: &str, path: &[&str]) -> bool {
    let Some((file_index, _)) = path.len().checked_sub(1).zip(path.last()) else {
        return false;
    };
    let (pattern, dir_only) = match pattern.strip_suffix('/') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let pattern = pattern.strip_prefix("**/").unwrap_or(pattern);
    if pattern.is_empty() {
        return false;
    }
    let anchored = pattern.contains('/');
    let pattern = pattern.trim_start_matches('/');
    // Candidates: folders above the file, and the file itself unless the pattern is `dir/`.
    let last = if dir_only { file_index } else { path.len() };
    if anchored {
        let parts: Vec<&str> = pattern.split('/').collect();
        parts.len() <= last
            && parts
                .iter()
                .zip(path)
                .all(|(p, c)| *p == "**" || glob(p, c))
    } else {
        path[..last].iter().any(|c| glob(pattern, c))
    }
}

/// `*` (any run) and `?` (one character) within one path component; everything else literal.
fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        match p.get(pi) {
            Some('*') => {
                star = Some((pi, ti));
                pi += 1;
            }
            Some(&c) if c == '?' || c == t[ti] => {
                pi += 1;
                ti += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    pi = sp + 1;
                    ti = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_within_one_component() {
        assert!(glob("*.env", "prod.env"));
        assert!(glob(".env*", ".env"));
        assert!(glob(".env*", ".env.local"));
        assert!(glob(".en?", ".env"));
        assert!(!glob("*.env", ".env.local"));
        assert!(!glob(".env", ".envrc"));
        assert!(glob("a*b*c", "aXXbYYc"));
        assert!(!glob("a*b*c", "aXXbYY"));
    }

    #[test]
    fn patterns_cover_names_anchored_paths_and_folders() {
        let nested = ["app", "config", ".env"];
        assert!(pattern_matches(".env", &nested));
        assert!(pattern_matches("**/.env", &nested));
        assert!(pattern_matches("config/", &nested));
        assert!(pattern_matches("/app/config/.env", &nested));
        assert!(pattern_matches("app/*/.env", &nested));
        assert!(pattern_matches("/app", &nested));
        assert!(!pattern_matches("/config/.env", &nested));
        assert!(!pattern_matches(".env/", &nested));
        assert!(!pattern_matches("*.txt", &nested));
        assert!(!pattern_matches("", &nested));
    }
}
