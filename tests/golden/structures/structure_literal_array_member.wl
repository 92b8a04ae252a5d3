// An array literal stored into a structure fills an array member from the values in
// brackets at its place, as that member's own declaration `= [...]` would: PC SOFT's
// DEFINE_GUID (COMUtils) writes `stGUID = [l, w1, w2, [b1, ..., b8]]` into a structure
// whose Data4 is a fixed array of 8 bytes. It stopped: "A value of type list cannot be
// stored in an array". (docs/semantics.md, "Structures: members by . or :")
GUID is Structure
	Data1 is unsigned int on 4
	Data2 is unsigned int on 2
	Data3 is unsigned int on 2
	Data4 is fixed array of 8 unsigned int on 1
END
g is GUID = [0x00020400, 0, 0, [0xC0, 0, 0, 0, 0, 0, 0, 0x46]]
Trace(g.Data1, g.Data4[1], g.Data4[8], ArrayCount(g.Data4)) // expect: 132096, 192, 70, 8
g = [1, 2, 3, [4, 5]]
Trace(g.Data3, g.Data4[2], g.Data4[3], ArrayCount(g.Data4)) // expect: 3, 5, 0, 8
Line is Structure
	Caption is string
	Amounts is array of int
	Grid is array of 2 by 2 int
END
l is Line = ["total", [10, 20, 30], [[1, 2], [3, 4]]]
Trace(l.Caption, ArrayCount(l.Amounts), l.Amounts[3], l.Grid[2, 1]) // expect: total, 3, 30, 3
lines is array of Line
ArrayAdd(lines, ["sub", [5]])
Trace(lines[1].Amounts[1], ArrayCount(lines[1].Grid)) // expect: 5, 2
