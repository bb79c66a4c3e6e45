//! A private D-Bus session bus per test: no service activation, so nothing on the machine can
//! answer in place of the doubles, and tests running at once never see each other.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};

const CONFIG: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>LISTEN</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

pub struct PrivateBus {
    daemon: Child,
    address: String,
    _config: tempfile::NamedTempFile,
}

impl PrivateBus {
    pub fn start() -> PrivateBus {
        PrivateBus::listening_on("unix:tmpdir=/tmp")
    }

    /// A bus at a socket path chosen in advance, for a client started before the bus.
    pub fn at_path(path: &std::path::Path) -> PrivateBus {
        PrivateBus::listening_on(&format!("unix:path={}", path.display()))
    }

    fn listening_on(listen: &str) -> PrivateBus {
        let mut config = tempfile::NamedTempFile::new().expect("bus config");
        config
            .write_all(CONFIG.replace("LISTEN", listen).as_bytes())
            .expect("write bus config");
        let mut daemon = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.path().display()))
            .args(["--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dbus-daemon");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().expect("bus stdout"))
            .read_line(&mut address)
            .expect("bus address");
        PrivateBus {
            daemon,
            address: address.trim().to_string(),
            _config: config,
        }
    }

    pub fn address(&self) -> &str {
        &self.address
    }

    /// A client connection to this bus.
    pub fn connect(&self) -> zbus::blocking::Connection {
        zbus::blocking::connection::Builder::address(self.address.as_str())
            .expect("bus address")
            .build()
            .expect("connect to the private bus")
    }

    /// Waits up to 10 s for a service started beside the test to claim `name`: before that, a
    /// call to it finds no one (and a bus without activation files starts no one), which made
    /// tests that spoke to it at once fail now and then on a busy machine.
    pub fn wait_for_owner(&self, name: &str) {
        let bus = self.connect();
        let dbus = zbus::blocking::fdo::DBusProxy::new(&bus).expect("the bus's own interface");
        let name: zbus::names::BusName = name.try_into().expect("a bus name");
        super::desktop::wait_for(std::time::Duration::from_secs(10), || {
            dbus.name_has_owner(name.clone()).unwrap_or(false)
        })
        .unwrap_or_else(|| panic!("nothing claimed {name} on the test's bus within 10 s"));
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}
