//! Windows only. `lodestar.exe` is a GUI program (no console window opens
//! when it is started from the Start menu or a double click), and the same
//! program runs the headless commands: started from a terminal with a
//! command, it attaches to that terminal's console to print its answer.
//! The window leaves the console again, so that Ctrl+C typed later at the
//! prompt never reaches it.
#![allow(unsafe_code)]

use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole, FreeConsole};

/// Attaches to the console of the terminal that started us, if there is
/// one. False when there is none (Explorer, a shortcut) or when the program
/// already has a console (a debug build is a console program).
#[must_use]
pub fn attach() -> bool {
    // SAFETY: takes a process id constant, touches no memory of ours; a
    // failure (no parent console, already attached) is returned, not raised.
    unsafe { AttachConsole(ATTACH_PARENT_PROCESS) != 0 }
}

/// Leaves the console taken by [`attach`].
pub fn detach() {
    // SAFETY: no arguments; fails harmlessly when there is no console.
    unsafe {
        FreeConsole();
    }
}
