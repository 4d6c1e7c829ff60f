//! What the presenter's device keeps about the live room it hosts: the room's secret (which
//! never leaves the device), the broker, and whether the room asks for names. Saved as text
//! in the line form, so a reload reopens the same room and every phone's link still works.

use codec::lines;

use super::Broker;
use super::key::Secret;
use super::state::Naming;

/// A presenter's live room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Host {
    pub secret: Secret,
    pub broker: Broker,
    pub naming: Naming,
}

const FORMAT: &str = "jcl1 host";

impl Host {
    pub fn encode(&self) -> String {
        let mut out = lines::Writer::new(FORMAT);
        out.field("secret", self.secret.to_hex())
            .field("broker", lines::escape(&self.broker.url))
            .field("user", lines::escape(&self.broker.user))
            .field("password", lines::escape(&self.broker.password))
            .field("naming", self.naming.as_str());
        out.finish()
    }

    /// Reads what [`Host::encode`] wrote; `None` when it does not read.
    pub fn decode(text: &str) -> Option<Host> {
        let (mut secret, mut broker, mut naming) = (None, Broker::default(), Naming::default());
        for (field, value) in lines::fields(text, FORMAT)? {
            match field {
                "secret" => secret = Some(Secret::from_hex(value)?),
                "broker" => broker.url = lines::unescape(value),
                "user" => broker.user = lines::unescape(value),
                "password" => broker.password = lines::unescape(value),
                "naming" => naming = Naming::parse(value)?,
                _ => {}
            }
        }
        Some(Host { secret: secret?, broker, naming })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_reads_back_and_damage_is_refused() {
        let host = Host {
            secret: Secret::from_bytes([7; 32]),
            broker: Broker { url: "wss://b.example/mqtt".into(), user: "pm".into(), password: "a b\nc".into() },
            naming: Naming::Teams,
        };
        assert_eq!(Host::decode(&host.encode()), Some(host.clone()));
        let text = host.encode();
        assert_eq!(Host::decode(&text.replace("teams", "everyone")), None);
        assert_eq!(Host::decode(&text.replace("secret 07", "secret zz")), None);
        assert_eq!(Host::decode(&text.replace("jcl1 host", "jcl2 host")), None);
    }
}
