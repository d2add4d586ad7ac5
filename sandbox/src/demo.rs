//! The demo workspace's facts: accounts, password, MFA secrets and seeded tokens. This is the
//! one source of truth for the seed (`seed.rs`), the binary's start-up banner, the desktop
//! app's demo mode and every test. Demo data is public by design: the sandbox listens on
//! loopback only unless told otherwise.

use crate::model::TokenType;

/// Password of every demo account.
pub const PASSWORD: &str = "Demo-Password-2026";
/// ORGADMIN: may create and delete tokens.
pub const ADMIN_EMAIL: &str = "admin@demo.scriptix.test";
/// DEVELOPER: may create and delete tokens.
pub const DEV_EMAIL: &str = "dev@demo.scriptix.test";
/// DEVELOPER with MFA on (TOTP [`TOTP_SECRET`] or one of [`BACKUP_CODES`]).
pub const MFA_EMAIL: &str = "mfa@demo.scriptix.test";
/// CUSTOMER: may list tokens only.
pub const VIEWER_EMAIL: &str = "viewer@demo.scriptix.test";
/// Base32 TOTP secret of [`MFA_EMAIL`] (RFC 6238: SHA-1, 6 digits, 30 s step).
pub const TOTP_SECRET: &str = "JBSWY3DPEHPK3PXP";
/// Single-use backup codes of [`MFA_EMAIL`].
pub const BACKUP_CODES: [&str; 10] = [
    "demo-backup-01",
    "demo-backup-02",
    "demo-backup-03",
    "demo-backup-04",
    "demo-backup-05",
    "demo-backup-06",
    "demo-backup-07",
    "demo-backup-08",
    "demo-backup-09",
    "demo-backup-10",
];
/// Name of the demo organization.
pub const ORG_NAME: &str = "Demo Org";
/// Token limit of the demo organization.
pub const TOKEN_LIMIT: u32 = 50;

/// A demo account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoAccount {
    pub email: &'static str,
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub roles: &'static [&'static str],
    pub mfa: bool,
}

/// The four demo accounts, all with [`PASSWORD`].
pub const ACCOUNTS: [DemoAccount; 4] = [
    DemoAccount {
        email: ADMIN_EMAIL,
        first_name: "Ada",
        last_name: "Admin",
        roles: &["ORGADMIN"],
        mfa: false,
    },
    DemoAccount {
        email: DEV_EMAIL,
        first_name: "Dev",
        last_name: "Eloper",
        roles: &["DEVELOPER"],
        mfa: false,
    },
    DemoAccount {
        email: MFA_EMAIL,
        first_name: "Mia",
        last_name: "Factor",
        roles: &["DEVELOPER"],
        mfa: true,
    },
    DemoAccount {
        email: VIEWER_EMAIL,
        first_name: "Vic",
        last_name: "Viewer",
        roles: &["CUSTOMER"],
        mfa: false,
    },
];

/// A seeded token. Days are relative to seeding time: `expires_in_days` < 0 means expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeededToken {
    pub name: &'static str,
    pub token_type: TokenType,
    pub created_days_ago: i64,
    pub expires_in_days: i64,
}

const fn token(
    name: &'static str,
    token_type: TokenType,
    created_days_ago: i64,
    expires_in_days: i64,
) -> SeededToken {
    SeededToken {
        name,
        token_type,
        created_days_ago,
        expires_in_days,
    }
}

/// The twelve seeded tokens: 2 expired, 2 expiring within 7 days, 2 within 8–30 days, 6 later.
pub const SEEDED_TOKENS: [SeededToken; 12] = [
    token("Legacy batch importer", TokenType::Batch, 400, -35),
    token("Old realtime demo", TokenType::Realtime, 380, -2),
    token("Staging realtime captions", TokenType::Realtime, 362, 3),
    token("Nightly batch export", TokenType::Batch, 359, 6),
    token("Podcast pipeline", TokenType::Batch, 340, 12),
    token("Call centre live captions", TokenType::Realtime, 700, 25),
    token("Production transcription", TokenType::Batch, 200, 165),
    token(
        "Production realtime captions",
        TokenType::Realtime,
        150,
        215,
    ),
    token("Research archive", TokenType::Batch, 90, 640),
    token("Meeting notes bot", TokenType::Realtime, 60, 305),
    token("Customer support QA", TokenType::Batch, 30, 1_795),
    token("Mobile app dictation", TokenType::Realtime, 7, 358),
];

/// The usage stories of the seeded tokens (`--seed demo`): 30 days of synthetic history
/// relative to the moment of seeding, with client IPs only from the documentation ranges
/// (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24). Seeded tokens get ids 1–12 in
/// [`SEEDED_TOKENS`] order. Tokens not named here have no history.
pub mod stories {
    /// Steady production use from two servers, a few hundred requests a day, ~1% errors;
    /// last used minutes before seeding. Token id 7.
    pub const STEADY: &str = "Production transcription";
    /// The two servers [`STEADY`] is used from.
    pub const STEADY_IPS: [&str; 2] = ["203.0.113.10", "203.0.113.11"];
    /// Unused for months: last used [`UNUSED_DAYS_AGO`] days before seeding (older daily
    /// aggregates only; nothing in the last 90 days). Token id 6, expires within 30 days.
    pub const UNUSED: &str = "Call centre live captions";
    /// Days between [`UNUSED`]'s last use and seeding.
    pub const UNUSED_DAYS_AGO: i64 = 123;
    /// A spike yesterday (UTC): about 500 requests from [`SPIKE_NEW_IP`], never seen before,
    /// on top of its usual 30–50 a day from [`SPIKE_USUAL_IP`]. Token id 11.
    pub const SPIKE: &str = "Customer support QA";
    /// The usual office address of [`SPIKE`].
    pub const SPIKE_USUAL_IP: &str = "198.51.100.23";
    /// The address behind yesterday's spike, seen on no other day.
    pub const SPIKE_NEW_IP: &str = "192.0.2.201";
    /// Expired 35 days ago and still tried every 15 minutes (96 failed authentications a
    /// day, reason `expired`) by a broken integration. Token id 1.
    pub const EXPIRED_STILL_TRIED: &str = "Legacy batch importer";
    /// Where the broken integration of [`EXPIRED_STILL_TRIED`] runs.
    pub const EXPIRED_STILL_TRIED_IP: &str = "192.0.2.15";
    /// Expires within 7 days and is still in use: a nightly job of about 45 requests, the
    /// last run [`RETIRING_HOURS_AGO`] hours before seeding. Token id 4.
    pub const RETIRING_IN_USE: &str = "Nightly batch export";
    /// Where the job of [`RETIRING_IN_USE`] runs.
    pub const RETIRING_IN_USE_IP: &str = "198.51.100.40";
    /// Hours between [`RETIRING_IN_USE`]'s last run and seeding.
    pub const RETIRING_HOURS_AGO: i64 = 3;
    /// Background: steady realtime use from one server (token id 8).
    pub const BACKGROUND_REALTIME: &str = "Production realtime captions";
    /// Background: weekday-only use from one address (token id 10).
    pub const BACKGROUND_WEEKDAYS: &str = "Meeting notes bot";
}

/// Human-readable sign-in details, as the binary prints them at start.
pub fn sign_in_details() -> String {
    let mut text = format!("Demo organization: {ORG_NAME} (token limit {TOKEN_LIMIT})\n");
    text.push_str(&format!("Password for every account: {PASSWORD}\n"));
    for account in ACCOUNTS {
        let mfa = if account.mfa { ", MFA on" } else { "" };
        text.push_str(&format!(
            "  {} ({}{mfa})\n",
            account.email,
            account.roles.join(", ")
        ));
    }
    text.push_str(&format!(
        "TOTP secret (base32, SHA-1, 6 digits, 30 s): {TOTP_SECRET}\n"
    ));
    text.push_str(&format!(
        "Backup codes (single use): {}\n",
        BACKUP_CODES.join(" ")
    ));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_tokens_cover_each_documented_expiry_band() {
        let band = |lo: i64, hi: i64| {
            SEEDED_TOKENS
                .iter()
                .filter(|t| (lo..=hi).contains(&t.expires_in_days))
                .count()
        };
        assert_eq!(band(i64::MIN, -1), 2, "expired");
        assert_eq!(band(0, 7), 2, "within 7 days");
        assert_eq!(band(8, 30), 2, "within 8-30 days");
        assert_eq!(band(31, i64::MAX), 6, "later");
        assert!(
            SEEDED_TOKENS
                .iter()
                .any(|t| t.token_type == TokenType::Batch)
        );
        assert!(
            SEEDED_TOKENS
                .iter()
                .any(|t| t.token_type == TokenType::Realtime)
        );
        assert!(
            SEEDED_TOKENS
                .iter()
                .all(|t| t.created_days_ago > 0 && t.created_days_ago > -t.expires_in_days)
        );
    }

    #[test]
    fn sign_in_details_list_every_account_and_backup_code() {
        let text = sign_in_details();
        for account in ACCOUNTS {
            assert!(text.contains(account.email));
        }
        for code in BACKUP_CODES {
            assert!(text.contains(code));
        }
        assert!(text.contains(PASSWORD) && text.contains(TOTP_SECRET));
    }
}
