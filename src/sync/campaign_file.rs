//! The signed campaign file a coordinator hands to organizers.
//!
//! Two lines of JSON. The first is the campaign; the second names the signing key and
//! carries an ed25519 signature over a domain-separation prefix plus the exact bytes of
//! the first line, so nothing needs canonical re-serialization to verify:
//!
//! ```text
//! {"format":"fieldsign-campaign","version":1,"campaign":{…}}
//! {"signing_key":"<base64>","signature":"<base64>"}
//! ```

use data_encoding::BASE64;
use ed25519_dalek::{Signer, SigningKey, Verifier};
use serde::{Deserialize, Serialize};

use super::keys::{decode_signature, decode_verifying_key, encode_verifying_key, parse_recipient};
use crate::model::{Campaign, FieldSpec};

const FORMAT: &str = "fieldsign-campaign";
const VERSION: u32 = 1;
/// The version of a campaign file that requires double entry or shares events (both
/// for issue 15's double entry across laptops): only such a file is
/// written with it, so every other file stays readable by a fieldsign from before, and
/// one that requires double entry is refused there ("update fieldsign") instead of
/// being joined without it.
const VERSION_DOUBLE_ENTRY: u32 = 2;
const DOMAIN: &[u8] = b"fieldsign campaign file v1\n";
/// Campaign files are small; a larger file is not one, and is not read whole.
pub const MAX_CAMPAIGN_FILE_BYTES: usize = 1 << 20;

/// A campaign file could not be accepted. Nothing was changed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CampaignFileError {
    #[error(
        "this is not a fieldsign campaign file; ask the coordinator for the campaign file they created"
    )]
    NotACampaignFile,
    #[error(
        "this campaign file has format version {0}, which this fieldsign does not know; update fieldsign"
    )]
    UnsupportedVersion(u32),
    #[error(
        "this campaign file was altered or damaged after the coordinator signed it (the signature does not match); get a fresh copy from the coordinator over a channel you trust"
    )]
    BadSignature,
    #[error(
        "this campaign file is signed but invalid: {0}; ask the coordinator for a corrected file"
    )]
    Invalid(String),
}

#[derive(Serialize, Deserialize)]
struct Body {
    format: String,
    version: u32,
    campaign: Campaign,
}

#[derive(Serialize, Deserialize)]
struct Seal {
    signing_key: String,
    signature: String,
}

/// Writes the signed file for `campaign`, which must name `key`'s public half.
///
/// # Panics
/// Never in practice: serializing these plain structs to JSON cannot fail.
pub fn write_campaign_file(campaign: &Campaign, key: &SigningKey) -> Vec<u8> {
    let body = Body {
        format: FORMAT.into(),
        version: if campaign.double_entry || !campaign.events.is_empty() {
            VERSION_DOUBLE_ENTRY
        } else {
            VERSION
        },
        campaign: campaign.clone(),
    };
    let mut out = serde_json::to_vec(&body).expect("a campaign always serializes");
    let signature = key.sign(&[DOMAIN, &out].concat());
    let seal = Seal {
        signing_key: encode_verifying_key(&key.verifying_key()),
        signature: BASE64.encode(&signature.to_bytes()),
    };
    out.push(b'\n');
    out.extend(serde_json::to_vec(&seal).expect("a seal always serializes"));
    out.push(b'\n');
    out
}

/// Verifies and parses a campaign file.
pub fn read_campaign_file(bytes: &[u8]) -> Result<Campaign, CampaignFileError> {
    if bytes.len() > MAX_CAMPAIGN_FILE_BYTES {
        return Err(CampaignFileError::NotACampaignFile);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| CampaignFileError::NotACampaignFile)?;
    let mut lines = text.strip_suffix('\n').unwrap_or(text).split('\n');
    let (Some(body_line), Some(seal_line), None) = (lines.next(), lines.next(), lines.next())
    else {
        return Err(CampaignFileError::NotACampaignFile);
    };
    let header: serde_json::Value =
        serde_json::from_str(body_line).map_err(|_| CampaignFileError::NotACampaignFile)?;
    if header.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(CampaignFileError::NotACampaignFile);
    }
    let seal: Seal =
        serde_json::from_str(seal_line).map_err(|_| CampaignFileError::BadSignature)?;
    let key = decode_verifying_key(&seal.signing_key).ok_or(CampaignFileError::BadSignature)?;
    let signature = decode_signature(&seal.signature).ok_or(CampaignFileError::BadSignature)?;
    key.verify(&[DOMAIN, body_line.as_bytes()].concat(), &signature)
        .map_err(|_| CampaignFileError::BadSignature)?;
    let version = header
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    if !(u64::from(VERSION)..=u64::from(VERSION_DOUBLE_ENTRY)).contains(&version) {
        return Err(CampaignFileError::UnsupportedVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let body: Body = serde_json::from_str(body_line)
        .map_err(|e| CampaignFileError::Invalid(format!("unreadable campaign ({e})")))?;
    let campaign = body.campaign;
    if (campaign.double_entry || !campaign.events.is_empty()) && body.version < VERSION_DOUBLE_ENTRY
    {
        return Err(CampaignFileError::Invalid(format!(
            "it requires double entry or shares events, which a campaign file of version {} cannot say",
            body.version
        )));
    }
    if campaign.signing_key != seal.signing_key {
        return Err(CampaignFileError::Invalid(
            "signed by a key other than the campaign's coordinator".into(),
        ));
    }
    check_campaign(&campaign).map_err(CampaignFileError::Invalid)?;
    Ok(campaign)
}

/// The rules a campaign must satisfy however it was made.
pub fn check_campaign(campaign: &Campaign) -> Result<(), String> {
    if campaign.title.trim().is_empty() {
        return Err("the title is empty".into());
    }
    campaign.check_text().map_err(|e| e.to_string())?;
    if campaign.fields.is_empty() {
        return Err("it has no fields".into());
    }
    for (i, field) in campaign.fields.iter().enumerate() {
        FieldSpec::check_key(&field.key).map_err(|e| e.to_string())?;
        if campaign.fields[..i].iter().any(|f| f.key == field.key) {
            return Err(format!("field `{}` appears twice", field.key));
        }
    }
    crate::model::check_roles(&campaign.fields).map_err(|e| e.to_string())?;
    if let Some(goal) = campaign.goal
        && !(1..=crate::model::Goal::MAX).contains(&goal.signatures)
    {
        return Err(format!(
            "its goal must be between 1 and {} signatures",
            crate::model::Goal::MAX
        ));
    }
    if campaign.events.len() > Campaign::MAX_SHARED_EVENTS {
        return Err(format!(
            "it shares more than {} events",
            Campaign::MAX_SHARED_EVENTS
        ));
    }
    for (i, event) in campaign.events.iter().enumerate() {
        if event.campaign != campaign.id {
            return Err(format!(
                "shared event {} belongs to another campaign",
                event.id
            ));
        }
        if campaign.events[..i].iter().any(|e| e.id == event.id) {
            return Err(format!("shared event {} appears twice", event.id));
        }
        event.check_text().map_err(|e| e.to_string())?;
    }
    if campaign.recipients.is_empty() {
        return Err("it names no coordinator recipient".into());
    }
    for r in &campaign.recipients {
        parse_recipient(r).map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::{CampaignId, Role, default_fields};

    fn sample(key: &SigningKey) -> Campaign {
        Campaign {
            id: CampaignId::random(),
            title: "Free them all".into(),
            texts: BTreeMap::from([
                ("en".into(), "We ask…".into()),
                ("uk".into(), "Ми просимо…".into()),
            ]),
            fields: default_fields(),
            recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
            signing_key: encode_verifying_key(&key.verifying_key()),
            created_at: 0,
            goal: None,
            double_entry: false,
            events: Vec::new(),
        }
    }

    #[test]
    fn a_file_written_before_roles_verifies_and_gets_the_default_roles() {
        let key = SigningKey::from_bytes(&[9; 32]);
        let recipient = age::x25519::Identity::generate().to_public().to_string();
        // The body line exactly as fieldsign wrote it before fields had roles.
        let body = format!(
            r#"{{"format":"fieldsign-campaign","version":1,"campaign":{{"id":"{}","title":"Old","texts":{{}},"fields":[{{"key":"name","kind":"text","required":true}},{{"key":"email","kind":"email","required":false}},{{"key":"contact_ok","kind":"checkbox","required":false}}],"recipients":["{recipient}"],"signing_key":"{}","created_at":0}}}}"#,
            CampaignId::random(),
            encode_verifying_key(&key.verifying_key()),
        );
        let seal = Seal {
            signing_key: encode_verifying_key(&key.verifying_key()),
            signature: BASE64.encode(&key.sign(&[DOMAIN, body.as_bytes()].concat()).to_bytes()),
        };
        let file = format!("{body}\n{}\n", serde_json::to_string(&seal).unwrap());
        let campaign = read_campaign_file(file.as_bytes()).unwrap();
        let roles = campaign.roles();
        assert_eq!(roles.key(Role::Name), Some("name"));
        assert_eq!(roles.key(Role::Email), Some("email"));
        assert_eq!(roles.key(Role::Consent), Some("contact_ok"));
        assert_eq!(roles.key(Role::Phone), None);
        // Written again, it is the same bytes: no role appears that was not there.
        let again = write_campaign_file(&campaign, &key);
        assert_eq!(again.split(|&b| b == b'\n').next(), Some(body.as_bytes()));
    }

    #[test]
    fn round_trips_and_detects_every_flipped_byte() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let campaign = sample(&key);
        let file = write_campaign_file(&campaign, &key);
        assert_eq!(read_campaign_file(&file).unwrap(), campaign);
        for i in 0..file.len() {
            let mut bad = file.clone();
            bad[i] ^= 0x01;
            assert!(read_campaign_file(&bad).is_err(), "flip at {i} accepted");
        }
        for len in 0..file.len() - 1 {
            assert!(
                read_campaign_file(&file[..len]).is_err(),
                "truncation at {len} accepted"
            );
        }
    }
}
