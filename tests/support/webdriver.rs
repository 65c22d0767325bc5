//! A real browser for the tests: Debian's Chromium, headless, driven by
//! `chromedriver` over the W3C `WebDriver` protocol (plain JSON over HTTP on
//! localhost, spoken here with std alone).

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// A headless Chromium with its driver, closed when dropped.
pub struct Browser {
    driver: Child,
    port: u16,
    session: String,
    /// Chromium's own folder, removed with the browser.
    profile: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium whose downloads go to
    /// `downloads`. Panics with what to install when either is missing.
    pub fn start(downloads: &Path) -> Self {
        let driver_path = find_program(&["chromedriver"]).expect(
            "chromedriver is not installed: `apt-get install chromium chromium-driver` (scripts/test does it)",
        );
        let browser_path = find_program(&["chromium", "chromium-browser", "google-chrome"])
            .expect("Chromium is not installed: `apt-get install chromium` (scripts/test does it)");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let driver = Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::tempdir().expect("temp");
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
            profile,
        };
        let ready = Instant::now();
        while browser.call("GET", "/status", None).is_err() {
            assert!(
                ready.elapsed() < Duration::from_secs(20),
                "chromedriver did not answer"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let downloads = downloads.to_string_lossy().into_owned();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": browser_path,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--no-default-browser-check",
                    format!("--user-data-dir={}", browser.profile.path().display()),
                    "--window-size=1200,900",
                ],
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                },
            },
        }}});
        let session = browser
            .call("POST", "/session", Some(&caps))
            .expect("a browser session");
        session["sessionId"]
            .as_str()
            .expect("a session id")
            .clone_into(&mut browser.session);
        // Headless Chromium saves downloads only when told where.
        browser.command(
            "POST",
            "/chromium/send_command",
            &json!({"cmd": "Browser.setDownloadBehavior",
                    "params": {"behavior": "allow", "downloadPath": downloads}}),
        );
        browser
    }

    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| e.to_string())?;
        stream
            .set_read_timeout(Some(Duration::from_mins(1)))
            .map_err(|e| e.to_string())?;
        let body = body.map(Value::to_string).unwrap_or_default();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        );
        stream
            .write_all(request.as_bytes())
            .map_err(|e| e.to_string())?;
        // Read the head, then exactly the body it announces (the driver
        // may keep the connection open).
        let mut response = Vec::new();
        let mut buf = [0u8; 8192];
        let split = loop {
            if let Some(i) = response.windows(4).position(|w| w == b"\r\n\r\n") {
                break i;
            }
            let n = stream.read(&mut buf).map_err(|e| e.to_string())?;
            if n == 0 {
                return Err("the driver closed the connection".into());
            }
            response.extend_from_slice(&buf[..n]);
        };
        let head = String::from_utf8_lossy(&response[..split]).to_ascii_lowercase();
        let length = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse::<usize>().ok());
        let chunked = head.contains("transfer-encoding: chunked");
        loop {
            let have = response.len() - split - 4;
            let complete = match length {
                Some(n) => have >= n,
                None if chunked => response.ends_with(b"0\r\n\r\n"),
                None => false,
            };
            if complete {
                break;
            }
            let n = stream.read(&mut buf).map_err(|e| e.to_string())?;
            if n == 0 {
                break;
            }
            response.extend_from_slice(&buf[..n]);
        }
        let body = &response[split + 4..];
        let body = if chunked {
            unchunk(body)
        } else {
            body.to_vec()
        };
        let value: Value = serde_json::from_slice(&body)
            .map_err(|e| format!("{e}: {}", String::from_utf8_lossy(&body)))?;
        let value = value.get("value").cloned().unwrap_or(Value::Null);
        if head.starts_with("http/1.1 2") {
            Ok(value)
        } else {
            Err(value.to_string())
        }
    }

    /// A command of this session; panics with the driver's message.
    pub fn command(&self, method: &str, path: &str, body: &Value) -> Value {
        let path = format!("/session/{}{path}", self.session);
        let body = (method == "POST").then_some(body);
        self.call(method, &path, body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    pub fn open(&self, file: &Path) {
        let url = format!("file://{}", file.display());
        self.command("POST", "/url", &json!({ "url": url }));
    }

    /// The element the CSS selector finds first.
    pub fn find(&self, css: &str) -> String {
        let v = self.command(
            "POST",
            "/element",
            &json!({"using": "css selector", "value": css}),
        );
        // An element reference is an object with one key (the W3C name).
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element for {css}: {v}"))
            .to_owned()
    }

    pub fn click(&self, css: &str) {
        let id = self.find(css);
        self.command("POST", &format!("/element/{id}/click"), &json!({}));
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css);
        self.command(
            "POST",
            &format!("/element/{id}/value"),
            &json!({ "text": text }),
        );
    }

    pub fn text(&self, css: &str) -> String {
        let id = self.find(css);
        self.command("GET", &format!("/element/{id}/text"), &Value::Null)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn displayed(&self, css: &str) -> bool {
        let id = self.find(css);
        self.command("GET", &format!("/element/{id}/displayed"), &Value::Null)
            .as_bool()
            .unwrap_or(false)
    }

    /// Runs `script` in the page and gives back what it returns.
    pub fn run(&self, script: &str) -> Value {
        self.command(
            "POST",
            "/execute/sync",
            &json!({"script": script, "args": []}),
        )
    }

    /// A PNG of what the page shows.
    pub fn screenshot(&self, out: &Path) {
        use base64::Engine as _;
        let png = self.command("GET", "/screenshot", &Value::Null);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png.as_str().unwrap_or_default())
            .expect("a PNG");
        std::fs::write(out, bytes).expect("screenshot written");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn unchunk(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&rest[..end]);
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        let after = &rest[end + 2..];
        if n == 0 || after.len() < n {
            break;
        }
        out.extend_from_slice(&after[..n]);
        rest = after[n..].strip_prefix(b"\r\n").unwrap_or(&after[n..]);
    }
    out
}

/// The one finished file in `dir` (not a partial download), waiting for
/// it up to `secs` seconds.
pub fn downloaded(dir: &Path, secs: u64) -> PathBuf {
    let start = Instant::now();
    loop {
        let done: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_none_or(|e| e != "crdownload"))
                    .collect()
            })
            .unwrap_or_default();
        if let [one] = done.as_slice() {
            return one.clone();
        }
        assert!(
            start.elapsed() < Duration::from_secs(secs),
            "no download in {}: {done:?}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
