//! Folders only this user can enter: the app's config, data and log folders.
//!
//! They hold no secrets (those live in the OS vault), but token names, notes, the audit log
//! and the rotation journal are nobody else's business on a shared machine. On Unix the
//! folder is made (or tightened to) `0700`; elsewhere the OS's per-user profile folders
//! already keep other users out.

use std::io;
use std::path::Path;

/// Creates `path` (and its parents) and makes it private to this user.
///
/// Errors: the I/O error of creating the folder or changing its permissions.
pub fn ensure(path: &Path) -> io::Result<()> {
    std::fs::create_dir_all(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
        if mode != 0o700 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

#[cfg(all(test, unix))]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_new_folder_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a").join("b");
        ensure(&path).unwrap();
        assert_eq!(mode(&path), 0o700);
    }

    #[test]
    fn an_existing_open_folder_is_tightened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data");
        std::fs::create_dir(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        ensure(&path).unwrap();
        assert_eq!(mode(&path), 0o700);
    }
}
