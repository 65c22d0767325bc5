//! Windows only. `lodestar.exe` is a GUI program (no console window opens
//! when it is started from the Start menu or a double click), and the same
//! program runs the headless commands: started from a terminal with a
//! command, it attaches to that terminal's console to print its answer.
//! The window leaves the console again, so that Ctrl+C typed later at the
//! prompt never reaches it.
//!
//! Output sent elsewhere (`lodestar profiles > list.txt`, a pipe, a script
//! capturing it) arrives as handles the program was started with; attaching
//! would replace them with the console's, so they are put back.
#![allow(unsafe_code)]

use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, FreeConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
    STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
};

const STREAMS: [STD_HANDLE; 3] = [STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];

/// The terminal's console, attached; the handles the program started with.
#[derive(Clone, Copy)]
pub struct Attached {
    started_with: [HANDLE; 3],
}

fn usable(handle: HANDLE) -> bool {
    !handle.is_null() && handle != INVALID_HANDLE_VALUE
}

/// Attaches to the console of the terminal that started us, if there is
/// one. None when there is none (Explorer, a shortcut) or when the program
/// already has a console (a debug build is a console program).
#[must_use]
pub fn attach() -> Option<Attached> {
    // SAFETY: GetStdHandle takes a constant and returns a handle value (or
    // null) without touching our memory.
    let started_with = STREAMS.map(|id| unsafe { GetStdHandle(id) });
    // SAFETY: takes a process id constant; a failure (no parent console,
    // already attached) is returned, not raised.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return None;
    }
    for (id, handle) in STREAMS.into_iter().zip(started_with) {
        if usable(handle) {
            // SAFETY: puts back a handle this process was given and still owns.
            unsafe { SetStdHandle(id, handle) };
        }
    }
    Some(Attached { started_with })
}

/// Leaves the console taken by [`attach`]. The standard handles go back to
/// what the program started with (none, from a terminal), so that nothing
/// is written to a console handle that was closed and whose number a file
/// opened later may reuse.
pub fn detach(attached: Attached) {
    // SAFETY: no arguments; fails harmlessly when there is no console.
    unsafe { FreeConsole() };
    for (id, handle) in STREAMS.into_iter().zip(attached.started_with) {
        // SAFETY: sets the process's standard handle to a value it was
        // started with (or null); no memory of ours is touched.
        unsafe { SetStdHandle(id, handle) };
    }
}
