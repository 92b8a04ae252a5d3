// bitAND is not a WLanguage function: beside bitLeftShift, real code writes it for a
// bitwise AND; the message names the operator & and BinaryAND (FS, 6 Dec 2026; found
// writing a binary record file). French twin bitet_autre_nom_fr.wl.
n is int = 0x1234
Trace(BinaryAND(n, 0xFF), n & 0xFF, bitRightShift(n, 8) & 0xFF) // expect: 52, 52, 18
Trace(bitAND(n, 0xFF)) // expect error: Unknown procedure or function 'bitAND'; a bitwise AND is the operator & or BinaryAND(a, b); an OR, | or BinaryOR(a, b) (AND alone is the logical AND)
