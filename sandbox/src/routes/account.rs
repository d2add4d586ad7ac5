//! `GET /api/v3/account/me`: the signed-in account wrapped in `{ "result": … }`.

use axum::Json;
use serde_json::{Value, json};

use super::extract::Session;

pub(crate) async fn me(Session(account): Session) -> Json<Value> {
    Json(json!({
        "result": {
            "id": account.id,
            "email": account.email,
            "first_name": account.first_name,
            "last_name": account.last_name,
            "roles": account.roles,
            "organization": {
                "id": account.organization.id,
                "name": account.organization.name,
                "token_limit": account.organization.token_limit,
            },
        }
    }))
}
