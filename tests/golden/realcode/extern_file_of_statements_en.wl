// EXTERN "file" includes the file's text at the line (?1511013). A point-of-sale project
// keeps each button's code in a .wl file that its events include with EXTERN. wlinterp
// reads an EXTERN file as the project reads its .wl libraries (declarations, procedures),
// not inserted at the line: one whose main code runs statements would never run them, and
// they were dropped without a word. wl check and the run refuse it at the line.
EXTERN "button_code.wl" // expect error: EXTERN "button_code.wl": its main code runs statements, which wlinterp does not insert at this line: they would never run
Trace("after")
