// Help page "Arithmetic operators" (help.windev.com ?1512008): its ++/-- example as
// written, each Trace showing what the page says it displays.
let x is int = 5
Trace(x++) // Displays 5. x is set to 6
// expect: 5
Trace(++x) // Displays 7. x is set to 7
// expect: 7
Trace(--x) // Displays 6. x is set to 6
// expect: 6
Trace(x--) // Displays 6. x is set to 5
// expect: 6
Trace(x) // Displays 5
// expect: 5
