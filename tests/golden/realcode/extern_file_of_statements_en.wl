// EXTERN "file" inserts the file's text at the line (?1511013). A point-of-sale project
// keeps each button's code in a .wl file that its events include with EXTERN: its
// statements run there, in order, and what it declares is known after the line. (They
// were refused: wlinterp read an EXTERN file as a library, not at the line.)
Trace("before") // expect: before
EXTERN "button_code.wl" // expect: included BTN_1
Trace("after " + sControl + " " + Twice(nCount)) // expect: after BTN_1 6
